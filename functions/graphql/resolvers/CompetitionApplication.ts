import type { CompetitionApplicationResolvers } from './types.generated.js';
import { getCompetition } from '../../services/ecosystem/competitions';
import { applicationGrants } from '../../services/ecosystem/events';
import { getStartup } from '../../services/ecosystem/startups';

import { recordId } from '../global-id';
import { connection, pageSize } from '../connection';

const missing = (what: string, id: string): never => {
  throw new Error(`Application ${id} names a missing ${what}`);
};

export const CompetitionApplication: CompetitionApplicationResolvers = {
  id: (a) => recordId(a),
  competition: async (a, _arg, ctx) => (await getCompetition(ctx.services, a.jur, a.data.competitionId)) ?? missing('competition', a.id),
  startup: async (a, _arg, ctx) => (await getStartup(ctx.services, a.jur, a.data.startupId)) ?? missing('startup', a.id),
  projectName: (a) => a.data.projectName,
  submittedOn: (a) => a.data.submittedOn,
  status: (a) => a.data.status,
  score: (a) => a.data.score,
  award: (a) => a.data.award,
  supportGrants: (a, { first, after }, ctx) => connection(() => applicationGrants(ctx.services, a, pageSize(first), after ?? null)),
  version: (a) => a.version,
};
