import type { MutationResolvers } from './../types.generated.js';
import { MENTOR } from '../../../domain/ecosystem/model';
import { mentorDef } from '../../../services/ecosystem/mentors';
import { deleteEntity } from '../../../services/ecosystem/registry';
import { deletePayload } from '../../ecosystem';

export const mentorDelete: NonNullable<MutationResolvers['mentorDelete']> = (_parent, { input }, ctx) =>
  deletePayload(input.id, MENTOR, (ref) => deleteEntity(ctx.services, mentorDef, ref, input.expectedVersion, input.note ?? null));
