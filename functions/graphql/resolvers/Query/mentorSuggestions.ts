import type { QueryResolvers } from './../types.generated.js';
import { STARTUP } from '../../../domain/ecosystem/model';
import { mentorSuggestionsFor } from '../../../services/ecosystem/search';
import { getStartup } from '../../../services/ecosystem/startups';
import { refOf } from '../../global-id';
import { pageSize } from '../../connection';

export const mentorSuggestions: NonNullable<QueryResolvers['mentorSuggestions']> = async (_parent, { startup: id, first }, ctx) => {
  const size = pageSize(first, 5);
  const ref = refOf(id, STARTUP);
  const startup = ref ? await getStartup(ctx.services, ref.jur, ref.id) : null;
  return startup ? mentorSuggestionsFor(ctx.services, startup, size) : [];
};
