import type { IncubationResolvers } from './types.generated.js';
import { getIncubator } from '../../services/ecosystem/incubators';
import { getStartup } from '../../services/ecosystem/startups';
import { recordId } from '../global-id';

const missing = (what: string, id: string): never => {
  throw new Error(`Incubation ${id} names a missing ${what}`);
};

export const Incubation: IncubationResolvers = {
  id: (i) => recordId(i),
  startup: async (i, _arg, ctx) => (await getStartup(ctx.services, i.jur, i.data.startupId)) ?? missing('startup', i.id),
  incubator: async (i, _arg, ctx) => (await getIncubator(ctx.services, i.jur, i.data.incubatorId)) ?? missing('incubator', i.id),
  cohort: (i) => i.data.cohort,
  from: (i) => i.data.from,
  to: (i) => i.data.to,
  version: (i) => i.version,
};
