/**
 * nationalSummary: the deployment's jurisdictions side by side (a national deployment holds
 * the provinces it pulled): registry counts as of a date and each published plan's
 * indicator progress. Published data only, so anyone may ask.
 */
import { pulledFrom } from '../data/replica';
import type { Money } from '../domain/ecosystem/money';
import type { Status as ProgressStatus } from '../domain/indicator/progress';
import type { IsoDate } from '../domain/plan/model';
import type { ServiceContext } from './context';
import { countOf, seriesTotal } from './counts';
import { listPlanIndicators, type IndicatorRecord } from './indicators';
import { listPlans, type PlanRecord } from './plans';
import { indicatorProgress, todayInVietnam, type IndicatorProgressView } from './progress';

export interface IndicatorSummary {
  readonly indicator: IndicatorRecord;
  readonly progress: IndicatorProgressView;
}

export interface PlanSummary {
  readonly plan: PlanRecord;
  readonly indicators: readonly IndicatorSummary[];
  readonly statusCounts: readonly { status: ProgressStatus; count: number }[];
}

export interface JurisdictionSummary {
  readonly code: string;
  readonly pulledFrom: string | null;
  readonly startups: number;
  readonly eligibleStartups: number;
  readonly incubators: number;
  readonly mentors: number;
  readonly investments: number;
  readonly investmentAmount: Money;
  readonly supportGrants: number;
  readonly supportGrantAmount: Money;
  readonly plans: readonly PlanSummary[];
}

const vnd = (amount: number): Money => ({ amount: String(amount), currency: 'VND' });

const STATUSES: readonly ProgressStatus[] = ['MET', 'ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'NEEDS_REVIEW', 'NO_DATA', 'NOT_DUE'];

const planSummary = async (ctx: ServiceContext, plan: PlanRecord, asOf: IsoDate): Promise<PlanSummary> => {
  const indicators = (await listPlanIndicators(ctx, plan, 100, null)).items;
  const summaries = await Promise.all(indicators.map(async (indicator) => ({ indicator, progress: await indicatorProgress(ctx, indicator, asOf) })));
  const statusCounts = STATUSES.map((status) => ({ status, count: summaries.filter((s) => s.progress.overall === status).length })).filter((c) => c.count > 0);
  return { plan, indicators: summaries, statusCounts };
};

/** One jurisdiction: its counts from the counters kept on write (services/counts.ts), a few small Queries whatever the registry holds. */
const jurisdictionSummary = async (ctx: ServiceContext, code: string, asOf: IsoDate): Promise<JurisdictionSummary> => {
  const upTo = { from: null, to: asOf };
  const [startups, eligibleStartups, incubators, mentors, invested, granted, plans, source] = await Promise.all([
    seriesTotal(ctx, code, 'startups', upTo),
    countOf(ctx, code, 'INNOVATIVE_STARTUPS', upTo),
    seriesTotal(ctx, code, 'incubators', upTo),
    seriesTotal(ctx, code, 'mentors', upTo),
    seriesTotal(ctx, code, 'investments', upTo),
    seriesTotal(ctx, code, 'grants', upTo),
    listPlans(ctx, { jurisdiction: code }, 100, null),
    pulledFrom(ctx.store, code),
  ]);
  return {
    code,
    pulledFrom: source,
    startups: startups.n,
    eligibleStartups,
    incubators: incubators.n,
    mentors: mentors.n,
    investments: invested.n,
    investmentAmount: vnd(invested.amount),
    supportGrants: granted.n,
    supportGrantAmount: vnd(granted.amount),
    plans: await Promise.all(plans.items.filter((p) => p.data.status !== 'DRAFT').map((p) => planSummary(ctx, p, asOf))),
  };
};

export const nationalSummary = async (ctx: ServiceContext, asOf: IsoDate | null, jurisdictions: readonly string[] | null): Promise<{ asOf: IsoDate; jurisdictions: JurisdictionSummary[] }> => {
  const day = asOf ?? todayInVietnam();
  const codes = (jurisdictions?.length ? jurisdictions.filter((j) => ctx.jurisdictions.includes(j)) : ctx.jurisdictions).slice().sort();
  return { asOf: day, jurisdictions: await Promise.all(codes.map((code) => jurisdictionSummary(ctx, code, day))) };
};
