import type { EventResolvers } from './types.generated.js';
import { AGENCY, TASK, type AgencyData, type TaskData } from '../../domain/plan/entities';
import { loadRecord, loadRecords } from '../../services/records';
import { recordId } from '../global-id';
import { jurisdictionOf } from '../jurisdiction';

export const Event: EventResolvers = {
  // Members of the SearchResult union: a record tells its type.
  __isTypeOf: (value) => (value as { type?: string }).type === 'Event',
  id: (e) => recordId(e),
  jurisdiction: (e) => jurisdictionOf(e.jur),
  name: (e) => e.data.name,
  kind: (e) => e.data.kind,
  description: (e) => e.data.description,
  organisers: async (e, _arg, ctx) =>
    (await loadRecords<AgencyData>(ctx.services, e.data.organiserIds.map((id) => ({ type: AGENCY, jur: e.jur, id })))).filter((a) => a !== null),
  startsOn: (e) => e.data.startsOn,
  endsOn: (e) => e.data.endsOn,
  place: (e) => e.data.place,
  participants: (e) => e.data.participants,
  task: (e, _arg, ctx) => (e.data.taskId ? loadRecord<TaskData>(ctx.services, TASK, e.jur, e.data.taskId) : null),
  demo: (e) => e.data.demo,
  version: (e) => e.version,
};
