import type { StartupResolvers } from './types.generated.js';
import { isWomenLed, isYouthLed } from '../../domain/ecosystem/model';
import { startupApplications, applicationsOfStartup } from '../../services/ecosystem/competitions';
import { startupGrants } from '../../services/ecosystem/events';
import { currentIncubator, startupIncubations } from '../../services/ecosystem/incubators';
import { startupInvestments } from '../../services/ecosystem/investors';
import { startupMentors, startupMentorships } from '../../services/ecosystem/mentors';
import { startupEligibility } from '../../services/ecosystem/startups';

import { recordId } from '../global-id';
import { jurisdictionOf } from '../jurisdiction';
import { connection, pageSize } from '../connection';

export const Startup: StartupResolvers = {
  // Members of the SearchResult union: a record tells its type.
  __isTypeOf: (value) => (value as { type?: string }).type === 'Startup',
  id: (s) => recordId(s),
  jurisdiction: (s) => jurisdictionOf(s.jur),
  name: (s) => s.data.name,
  enterpriseCode: (s) => s.data.enterpriseCode,
  stage: (s) => s.data.stage,
  firstRegisteredOn: (s) => s.data.firstRegisteredOn,
  description: (s) => s.data.description,
  sectors: (s) => [...s.data.sectors],
  commune: (s) => s.data.commune,
  founders: (s) => s.data.founders.map((f) => ({ ...f, jur: s.jur })),
  womenLed: (s) => isWomenLed(s.data.founders),
  youthLed: (s) => isYouthLed(s.data.founders),
  products: (s) => [...s.data.products],
  intellectualProperty: (s) => [...s.data.intellectualProperty],
  awards: async (s, _arg, ctx) => {
    const won = (await applicationsOfStartup(ctx.services, s)).filter((a) => a.data.status === 'AWARDED' && a.data.award);
    const all = [
      ...won.map((application) => ({ kind: 'competition' as const, application, on: application.data.award!.awardedOn })),
      ...s.data.awards.map((award) => ({ kind: 'external' as const, award, on: award.awardedOn })),
    ];
    return all.sort((a, b) => (a.on < b.on ? 1 : a.on > b.on ? -1 : 0)).map(({ on: _on, ...award }) => award);
  },
  eligibility: (s, { asOf }) => startupEligibility(s, asOf),
  mentorships: (s, { first, after, status }, ctx) => connection(() => startupMentorships(ctx.services, s, status ?? null, pageSize(first), after ?? null)),
  mentors: (s, { first, after }, ctx) => connection(() => startupMentors(ctx.services, s, pageSize(first), after ?? null)),
  incubations: (s, { first, after }, ctx) => connection(() => startupIncubations(ctx.services, s, pageSize(first), after ?? null)),
  incubator: (s, _arg, ctx) => currentIncubator(ctx.services, s),
  investments: (s, { first, after }, ctx) => connection(() => startupInvestments(ctx.services, s, pageSize(first), after ?? null)),
  applications: (s, { first, after }, ctx) => connection(() => startupApplications(ctx.services, s, pageSize(first), after ?? null)),
  supportReceived: (s, { first, after }, ctx) => connection(() => startupGrants(ctx.services, s, pageSize(first), after ?? null)),
  demo: (s) => s.data.demo,
  updatedAt: (s) => s.updatedAt,
  version: (s) => s.version,
};
