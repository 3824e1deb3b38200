import type { MutationResolvers } from './../types.generated.js';
import { INCUBATION } from '../../../domain/ecosystem/model';
import { incubationDef } from '../../../services/ecosystem/incubators';
import { updateEntity } from '../../../services/ecosystem/registry';
import { onRef } from '../../ecosystem';

export const incubationUpdate: NonNullable<MutationResolvers['incubationUpdate']> = (_parent, { input }, ctx) =>
  onRef('incubation', input.id, INCUBATION, (ref) =>
    updateEntity(ctx.services, incubationDef, ref, input.expectedVersion, { cohort: input.cohort, from: input.from, to: input.to }),
  );
