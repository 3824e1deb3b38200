/**
 * nationalSummary: the deployment's jurisdictions side by side (a national deployment holds
 * the provinces it pulled): registry counts as of a date and each published plan's
 * indicator progress. Published data only, so anyone may ask.
 */
import { pulledFrom } from '../data/replica';
import { STARTUP, INCUBATOR, MENTOR, INVESTMENT, SUPPORT_GRANT, type InvestmentData, type StartupData, type SupportGrantData } from '../domain/ecosystem/model';
import { sumMoney, type Money } from '../domain/ecosystem/money';
import type { ProgressResult, Status as ProgressStatus } from '../domain/indicator/progress';
import type { IsoDate } from '../domain/plan/model';
import type { ServiceContext } from './context';
import { allOfType } from './ecosystem/registry';
import { startupEligibility } from './ecosystem/startups';
import { listPlanIndicators, type IndicatorRecord } from './indicators';
import { listPlans, type PlanRecord } from './plans';
import { indicatorProgress, todayInVietnam } from './progress';

export interface IndicatorSummary {
  readonly indicator: IndicatorRecord;
  readonly progress: ProgressResult & { asOf: IsoDate };
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

const vnd = (items: readonly Money[]): Money => sumMoney(items.filter((m) => m.currency === 'VND')) ?? { amount: '0', currency: 'VND' };

const STATUSES: readonly ProgressStatus[] = ['MET', 'ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'NEEDS_REVIEW', 'NO_DATA', 'NOT_DUE'];

export const planSummary = async (ctx: ServiceContext, plan: PlanRecord, asOf: IsoDate): Promise<PlanSummary> => {
  const indicators = (await listPlanIndicators(ctx, plan, 100, null)).items;
  const summaries = await Promise.all(indicators.map(async (indicator) => ({ indicator, progress: await indicatorProgress(ctx, indicator, asOf) })));
  const statusCounts = STATUSES.map((status) => ({ status, count: summaries.filter((s) => s.progress.overall === status).length })).filter((c) => c.count > 0);
  return { plan, indicators: summaries, statusCounts };
};

export const jurisdictionSummary = async (ctx: ServiceContext, code: string, asOf: IsoDate): Promise<JurisdictionSummary> => {
  const [startups, incubators, mentors, investments, grants, plans, source] = await Promise.all([
    allOfType<StartupData>(ctx, STARTUP, code),
    allOfType(ctx, INCUBATOR, code),
    allOfType(ctx, MENTOR, code),
    allOfType<InvestmentData>(ctx, INVESTMENT, code),
    allOfType<SupportGrantData>(ctx, SUPPORT_GRANT, code),
    listPlans(ctx, { jurisdiction: code }, 100, null),
    pulledFrom(ctx.store, code),
  ]);
  const madeBy = <T extends { date: string }>(list: readonly { data: T }[]) => list.filter((r) => r.data.date <= asOf);
  const invested = madeBy(investments);
  const granted = madeBy(grants);
  return {
    code,
    pulledFrom: source,
    startups: startups.length,
    eligibleStartups: startups.filter((s) => startupEligibility(s, asOf).eligible).length,
    incubators: incubators.length,
    mentors: mentors.length,
    investments: invested.length,
    investmentAmount: vnd(invested.map((i) => i.data.amount)),
    supportGrants: granted.length,
    supportGrantAmount: vnd(granted.map((g) => g.data.amount)),
    plans: await Promise.all(plans.items.filter((p) => p.data.status !== 'DRAFT').map((p) => planSummary(ctx, p, asOf))),
  };
};

export const nationalSummary = async (ctx: ServiceContext, asOf: IsoDate | null, jurisdictions: readonly string[] | null): Promise<{ asOf: IsoDate; jurisdictions: JurisdictionSummary[] }> => {
  const day = asOf ?? todayInVietnam();
  const codes = (jurisdictions?.length ? jurisdictions.filter((j) => ctx.jurisdictions.includes(j)) : ctx.jurisdictions).slice().sort();
  return { asOf: day, jurisdictions: await Promise.all(codes.map((code) => jurisdictionSummary(ctx, code, day))) };
};
