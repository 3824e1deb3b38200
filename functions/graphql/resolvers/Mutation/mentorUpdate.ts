import type { MutationResolvers } from './../types.generated.js';
import { MENTOR } from '../../../domain/ecosystem/model';
import { mentorDef } from '../../../services/ecosystem/mentors';
import { updateEntity } from '../../../services/ecosystem/registry';
import { onRef } from '../../ecosystem';

export const mentorUpdate: NonNullable<MutationResolvers['mentorUpdate']> = (_parent, { input }, ctx) =>
  onRef('mentor', input.id, MENTOR, (ref) => updateEntity(ctx.services, mentorDef, ref, input.expectedVersion, input));
