import type { IncubatorResolvers } from './types.generated.js';
import { incubatorCohorts, incubatorCriteria, incubatorIncubations, incubatorStartups } from '../../services/ecosystem/incubators';

import { recordId } from '../global-id';
import { jurisdictionOf } from '../jurisdiction';
import { connection, pageSize } from '../connection';

export const Incubator: IncubatorResolvers = {
  // Members of the SearchResult union: a record tells its type.
  __isTypeOf: (value) => (value as { type?: string }).type === 'Incubator',
  id: (i) => recordId(i),
  jurisdiction: (i) => jurisdictionOf(i.jur),
  name: (i) => i.data.name,
  kind: (i) => i.data.kind,
  host: (i) => i.data.host,
  recognitionLevel: (i) => i.data.recognitionLevel,
  recognisedOn: (i) => i.data.recognisedOn,
  establishedOn: (i) => i.data.establishedOn,
  services: (i) => [...i.data.services],
  criteria: (i) => ({
    headExperienceYears: i.data.headExperienceYears,
    headExperienceField: i.data.headExperienceField,
    hasSupportProcess: i.data.hasSupportProcess,
    cooperationAgreements: [...i.data.cooperationAgreements],
  }),
  meetsCriteria: (i) => {
    const result = incubatorCriteria(i.data);
    return { met: result.met, reasons: [...result.reasons] };
  },
  cohorts: (i, _arg, ctx) => incubatorCohorts(ctx.services, i),
  incubations: (i, { first, after }, ctx) => connection(() => incubatorIncubations(ctx.services, i, pageSize(first), after ?? null)),
  startups: (i, { first, after }, ctx) => connection(() => incubatorStartups(ctx.services, i, pageSize(first), after ?? null)),
  demo: (i) => i.data.demo,
  version: (i) => i.version,
};
