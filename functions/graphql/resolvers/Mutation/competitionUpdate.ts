import type { MutationResolvers } from './../types.generated.js';
import { COMPETITION } from '../../../domain/ecosystem/model';
import { competitionDef } from '../../../services/ecosystem/competitions';
import { updateEntity } from '../../../services/ecosystem/registry';
import { competitionFields } from '../../ecosystem-inputs';
import { onRef } from '../../ecosystem';

export const competitionUpdate: NonNullable<MutationResolvers['competitionUpdate']> = (_parent, { input }, ctx) =>
  onRef('competition', input.id, COMPETITION, (ref) => updateEntity(ctx.services, competitionDef, ref, input.expectedVersion, competitionFields(input)));
