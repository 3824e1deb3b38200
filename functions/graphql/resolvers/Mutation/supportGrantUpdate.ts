import type { MutationResolvers } from './../types.generated.js';
import { SUPPORT_GRANT } from '../../../domain/ecosystem/model';
import { supportGrantDef } from '../../../services/ecosystem/events';
import { updateEntity } from '../../../services/ecosystem/registry';
import { grantFields } from '../../ecosystem-inputs';
import { onRef } from '../../ecosystem';

export const supportGrantUpdate: NonNullable<MutationResolvers['supportGrantUpdate']> = (_parent, { input }, ctx) =>
  onRef('supportGrant', input.id, SUPPORT_GRANT, (ref) => updateEntity(ctx.services, supportGrantDef, ref, input.expectedVersion, grantFields(input)));
