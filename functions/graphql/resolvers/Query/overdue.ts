import type { QueryResolvers } from './../types.generated.js';
import { AGENCY, PLAN } from '../../../domain/plan/entities';
import { overdue as listOverdue } from '../../../services/operations/rounds';
import { refOf } from '../../global-id';
import { signedInOnly } from '../../operations';

export const overdue: NonNullable<QueryResolvers['overdue']> = async (_parent, args, ctx) => {
  signedInOnly(ctx, 'overdue');
  const plan = args.plan ? refOf(args.plan, PLAN) : null;
  const agency = args.agency ? refOf(args.agency, AGENCY) : null;
  if ((args.plan && !plan) || (args.agency && !agency)) return [];
  return listOverdue(ctx.services, {
    asOf: args.asOf ?? null,
    jurisdiction: args.jurisdiction ?? null,
    plan,
    agencyId: agency?.id ?? null,
    period: args.period ?? null,
    kinds: args.kinds ?? null,
  });
};
