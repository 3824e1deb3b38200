import type { MutationResolvers } from './../types.generated.js';
import { INCUBATOR } from '../../../domain/ecosystem/model';
import { incubatorDef } from '../../../services/ecosystem/incubators';
import { updateEntity } from '../../../services/ecosystem/registry';
import { onRef } from '../../ecosystem';

export const incubatorUpdate: NonNullable<MutationResolvers['incubatorUpdate']> = (_parent, { input }, ctx) =>
  onRef('incubator', input.id, INCUBATOR, (ref) => updateEntity(ctx.services, incubatorDef, ref, input.expectedVersion, input));
