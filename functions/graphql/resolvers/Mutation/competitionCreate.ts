import type { MutationResolvers } from './../types.generated.js';
import { competitionDef } from '../../../services/ecosystem/competitions';
import { createEntity } from '../../../services/ecosystem/registry';
import { competitionFields } from '../../ecosystem-inputs';
import { payload } from '../../payload';

export const competitionCreate: NonNullable<MutationResolvers['competitionCreate']> = async (_parent, { input }, ctx) =>
  payload('competition', await createEntity(ctx.services, competitionDef, input.jurisdiction, competitionFields(input), { idempotencyKey: input.idempotencyKey }));
