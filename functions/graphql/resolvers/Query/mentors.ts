import type { QueryResolvers } from './../types.generated.js';
import { listMentors } from '../../../services/ecosystem/mentors';
import { connection, pageSize } from '../../connection';

export const mentors: NonNullable<QueryResolvers['mentors']> = (_parent, { first, after, filter, orderBy }, ctx) =>
  connection(() => listMentors(ctx.services, filter ?? {}, orderBy, pageSize(first), after ?? null));
