import type { MutationResolvers } from './../types.generated.js';
import { mentorDef } from '../../../services/ecosystem/mentors';
import { createEntity } from '../../../services/ecosystem/registry';
import { payload } from '../../payload';

export const mentorCreate: NonNullable<MutationResolvers['mentorCreate']> = async (_parent, { input }, ctx) =>
  payload('mentor', await createEntity(ctx.services, mentorDef, input.jurisdiction, input, { idempotencyKey: input.idempotencyKey }));
