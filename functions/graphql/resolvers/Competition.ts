import type { CompetitionResolvers } from './types.generated.js';
import { AGENCY, TASK, type AgencyData, type TaskData } from '../../domain/plan/entities';
import { competitionApplications, competitionAwards, phaseOn, phasesOn } from '../../services/ecosystem/competitions';
import { today } from '../../services/ecosystem/fields';
import { loadRecord, loadRecords } from '../../services/records';

import { recordId } from '../global-id';
import { jurisdictionOf } from '../jurisdiction';
import { connection, pageSize } from '../connection';

export const Competition: CompetitionResolvers = {
  // Members of the SearchResult union: a record tells its type.
  __isTypeOf: (value) => (value as { type?: string }).type === 'Competition',
  id: (c) => recordId(c),
  jurisdiction: (c) => jurisdictionOf(c.jur),
  name: (c) => c.data.name,
  description: (c) => c.data.description,
  organisers: async (c, _arg, ctx) =>
    (await loadRecords<AgencyData>(ctx.services, c.data.organiserIds.map((id) => ({ type: AGENCY, jur: c.jur, id })))).filter((a) => a !== null),
  task: (c, _arg, ctx) => (c.data.taskId ? loadRecord<TaskData>(ctx.services, TASK, c.jur, c.data.taskId) : null),
  phases: (c) => [...c.data.phases],
  currentPhase: (c, { asOf }) => phaseOn(c.data, asOf ?? today()),
  currentPhases: (c, { asOf }) => phasesOn(c.data, asOf ?? today()),
  shortlistSize: (c) => c.data.shortlistSize,
  applications: (c, { first, after, status }, ctx) =>
    connection(() => competitionApplications(ctx.services, c, status ? [status] : null, pageSize(first), after ?? null)),
  shortlist: (c, { first, after }, ctx) =>
    connection(() => competitionApplications(ctx.services, c, ['SHORTLISTED', 'AWARDED'], pageSize(first), after ?? null)),
  awards: (c, _arg, ctx) => competitionAwards(ctx.services, c),
  demo: (c) => c.data.demo,
  version: (c) => c.version,
};
