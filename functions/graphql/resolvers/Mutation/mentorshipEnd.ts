import type { MutationResolvers } from './../types.generated.js';
import { MENTORSHIP } from '../../../domain/ecosystem/model';
import { endMentorship } from '../../../services/ecosystem/mentors';
import { onRef } from '../../ecosystem';

export const mentorshipEnd: NonNullable<MutationResolvers['mentorshipEnd']> = (_parent, { input }, ctx) =>
  onRef('mentorship', input.id, MENTORSHIP, (ref) => endMentorship(ctx.services, ref, input.expectedVersion, input.endedOn, input.note ?? null));
