import type { MutationResolvers } from './../types.generated.js';
import { STARTUP } from '../../../domain/ecosystem/model';
import { startupDef } from '../../../services/ecosystem/startups';
import { updateEntity } from '../../../services/ecosystem/registry';
import { onRef } from '../../ecosystem';

export const startupUpdate: NonNullable<MutationResolvers['startupUpdate']> = (_parent, { input }, ctx) =>
  onRef('startup', input.id, STARTUP, (ref) => updateEntity(ctx.services, startupDef, ref, input.expectedVersion, input));
