import type { InvestorResolvers } from './types.generated.js';
import { investorInvestments } from '../../services/ecosystem/investors';

import { recordId } from '../global-id';
import { jurisdictionOf } from '../jurisdiction';
import { connection, pageSize } from '../connection';

export const Investor: InvestorResolvers = {
  // Members of the SearchResult union: a record tells its type.
  __isTypeOf: (value) => (value as { type?: string }).type === 'Investor',
  id: (i) => recordId(i),
  jurisdiction: (i) => jurisdictionOf(i.jur),
  name: (i) => i.data.name,
  kind: (i) => i.data.kind,
  organisation: (i) => i.data.organisation,
  focusSectors: (i) => [...i.data.focusSectors],
  ticketMin: (i) => i.data.ticketMin,
  ticketMax: (i) => i.data.ticketMax,
  investments: (i, { first, after }, ctx) => connection(() => investorInvestments(ctx.services, i, pageSize(first), after ?? null)),
  demo: (i) => i.data.demo,
  version: (i) => i.version,
};
