import type { QueryResolvers } from './../types.generated.js';
import { listMentorships } from '../../../services/ecosystem/mentors';
import { connection, pageSize } from '../../connection';

export const mentorships: NonNullable<QueryResolvers['mentorships']> = (_parent, { first, after, filter }, ctx) =>
  connection(() => listMentorships(ctx.services, filter ?? {}, pageSize(first), after ?? null));
