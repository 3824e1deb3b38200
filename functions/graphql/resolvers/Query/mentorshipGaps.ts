import type { QueryResolvers } from './../types.generated.js';
import { listMentorshipGaps } from '../../../services/ecosystem/search';

export const mentorshipGaps: NonNullable<QueryResolvers['mentorshipGaps']> = (_parent, { asOf, jurisdiction }, ctx) =>
  listMentorshipGaps(ctx.services, asOf, jurisdiction);
