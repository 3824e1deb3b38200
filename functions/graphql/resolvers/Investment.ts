import type { InvestmentResolvers } from './types.generated.js';
import { getInvestor } from '../../services/ecosystem/investors';
import { getStartup } from '../../services/ecosystem/startups';
import { recordId } from '../global-id';

const missing = (what: string, id: string): never => {
  throw new Error(`Investment ${id} names a missing ${what}`);
};

export const Investment: InvestmentResolvers = {
  id: (i) => recordId(i),
  startup: async (i, _arg, ctx) => (await getStartup(ctx.services, i.jur, i.data.startupId)) ?? missing('startup', i.id),
  investor: async (i, _arg, ctx) => (await getInvestor(ctx.services, i.jur, i.data.investorId)) ?? missing('investor', i.id),
  round: (i) => i.data.round,
  amount: (i) => i.data.amount,
  date: (i) => i.data.date,
  version: (i) => i.version,
};
