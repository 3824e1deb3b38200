/**
 * What still points at an agency, asked before it is deleted. The links that assign work live
 * in plan content (duties, task and indicator agencies) and in accounts; records the agency
 * filed (reports, actuals, spending) keep pointing at its tombstone and do not block it.
 * Cost: one Query of the jurisdiction's plans, then its tasks and indicators per plan (two
 * Queries each, together), then its accounts — a province's plan content, read for a rare
 * administrative act, not per page.
 */
import { userError, type UserError } from '../domain/common/user-error';
import type { AgencyRecord } from './agencies';
import type { ServiceContext } from './context';
import { planIndicators, planTasks } from './operations/common';
import { plansOf } from './plans';

const MAX_NAMED = 10;

export const agencyLinks = async (ctx: ServiceContext, agency: AgencyRecord): Promise<UserError[]> => {
  const plans = await plansOf(ctx, agency.jur);
  const contents = await Promise.all(
    plans.map(async (plan) => {
      const [tasks, indicators] = await Promise.all([planTasks(ctx, plan), planIndicators(ctx, plan)]);
      return { plan, tasks, indicators };
    }),
  );
  const places: string[] = [];
  for (const { plan, tasks, indicators } of contents) {
    const where = `plan ${plan.data.number}`;
    if (plan.data.responsibilities.some((r) => r.agencyId === agency.id)) places.push(`${where}: duties`);
    for (const t of tasks) if (t.data.agencies.some((a) => a.agencyId === agency.id)) places.push(`${where}: task ${t.data.code}`);
    for (const i of indicators) if (i.data.agencies.some((a) => a.agencyId === agency.id)) places.push(`${where}: indicator ${i.data.code}`);
  }
  const accounts = ctx.users ? (await ctx.users.list(agency.jur)).filter((u) => u.enabled && u.agencyId === agency.id) : [];
  for (const u of accounts) places.push(`the account ${u.email}`);
  if (!places.length) return [];
  const named = places.slice(0, MAX_NAMED).join('; ') + (places.length > MAX_NAMED ? `; and ${places.length - MAX_NAMED} more` : '');
  return [userError('LOCKED', `Still linked — remove these links first: ${named}`, ['input', 'id'])];
};
