import type { MutationResolvers } from './../types.generated.js';
import { MENTOR, STARTUP } from '../../../domain/ecosystem/model';
import { startMentorship } from '../../../services/ecosystem/mentors';
import { badId, payload } from '../../payload';
import { requiredRef } from '../../ecosystem';
import { refOf } from '../../global-id';

export const mentorshipStart: NonNullable<MutationResolvers['mentorshipStart']> = async (_parent, { input }, ctx) => {
  const startup = refOf(input.startup, STARTUP);
  if (!startup) return badId('mentorship', ['input', 'startup']);
  return payload(
    'mentorship',
    await startMentorship(ctx.services, startup, requiredRef(input.mentor, MENTOR), { from: input.from, to: input.to, note: input.note }),
  );
};
