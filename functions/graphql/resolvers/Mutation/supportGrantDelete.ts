import type { MutationResolvers } from './../types.generated.js';
import { SUPPORT_GRANT } from '../../../domain/ecosystem/model';
import { supportGrantDef } from '../../../services/ecosystem/events';
import { deleteEntity } from '../../../services/ecosystem/registry';
import { deletePayload } from '../../ecosystem';

export const supportGrantDelete: NonNullable<MutationResolvers['supportGrantDelete']> = (_parent, { input }, ctx) =>
  deletePayload(input.id, SUPPORT_GRANT, (ref) => deleteEntity(ctx.services, supportGrantDef, ref, input.expectedVersion, input.note ?? null));
