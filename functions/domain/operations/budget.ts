/**
 * Planned against spent, per funding source. Amounts are VND decimal strings summed on
 * BigInt (functions/domain/ecosystem/money.ts), never floats. Spending over the plan of a
 * source is flagged, not refused: the department decides what to do about it.
 */
import { compareMoney, sumMoney, type Money } from '../ecosystem/money';
import type { FundingSourceKind } from '../plan/model';

const SOURCES: readonly FundingSourceKind[] = ['STATE_BUDGET', 'DONOR', 'OTHER'];

const SOURCE_LABEL: Record<FundingSourceKind, string> = {
  STATE_BUDGET: 'state budget (ngân sách nhà nước)',
  DONOR: 'donor (nhà tài trợ)',
  OTHER: 'other sources (nguồn khác)',
};

const zero: Money = { amount: '0', currency: 'VND' };

interface SourceBalance {
  readonly source: FundingSourceKind;
  readonly planned: Money;
  readonly spent: Money;
  readonly remaining: Money;
  readonly overspent: boolean;
}

export interface BudgetSummary {
  readonly plannedTotal: Money;
  readonly spentTotal: Money;
  readonly bySource: readonly SourceBalance[];
  readonly flags: readonly string[];
}

const sum = (items: readonly Money[]): Money => sumMoney(items) ?? zero;
const negate = (m: Money): Money => ({ ...m, amount: m.amount.startsWith('-') ? m.amount.slice(1) : m.amount === '0' ? '0' : `-${m.amount}` });

/** Sources that have a plan or spending, in a fixed order. */
export const balance = (
  planned: readonly { source: FundingSourceKind; amount: Money }[],
  spent: readonly { source: FundingSourceKind; amount: Money }[],
): BudgetSummary => {
  const bySource = SOURCES.flatMap((source): SourceBalance[] => {
    const p = planned.filter((l) => l.source === source).map((l) => l.amount);
    const s = spent.filter((e) => e.source === source).map((e) => e.amount);
    if (!p.length && !s.length) return [];
    const plannedSum = sum(p);
    const spentSum = sum(s);
    const remaining = sum([plannedSum, negate(spentSum)]);
    return [{ source, planned: plannedSum, spent: spentSum, remaining, overspent: compareMoney(spentSum, plannedSum) > 0 }];
  });
  const flags = bySource
    .filter((b) => b.overspent)
    .map((b) => `Spent ${b.spent.amount} ${b.spent.currency} from the ${SOURCE_LABEL[b.source]} against ${b.planned.amount} planned: ${negate(b.remaining).amount} over`);
  return {
    plannedTotal: sum(bySource.map((b) => b.planned)),
    spentTotal: sum(bySource.map((b) => b.spent)),
    bySource,
    flags,
  };
};
