import type { SupportGrantResolvers } from './types.generated.js';
import { TASK, type TaskData } from '../../domain/plan/entities';
import { getApplication } from '../../services/ecosystem/competitions';
import { getStartup } from '../../services/ecosystem/startups';
import { loadRecord } from '../../services/records';
import { recordId } from '../global-id';
import { jurisdictionOf } from '../jurisdiction';

export const SupportGrant: SupportGrantResolvers = {
  // Member of the CountedRecord union: a record tells its type.
  __isTypeOf: (value) => (value as { type?: string }).type === 'SupportGrant',
  id: (g) => recordId(g),
  jurisdiction: (g) => jurisdictionOf(g.jur),
  beneficiary: (g, _arg, ctx) => (g.data.startupId ? getStartup(ctx.services, g.jur, g.data.startupId) : null),
  beneficiaryName: (g) => g.data.beneficiaryName,
  policyBasis: (g) => g.data.policyBasis,
  amount: (g) => g.data.amount,
  source: (g) => g.data.source,
  sourceName: (g) => g.data.sourceName,
  date: (g) => g.data.date,
  purpose: (g) => g.data.purpose,
  task: (g, _arg, ctx) => (g.data.taskId ? loadRecord<TaskData>(ctx.services, TASK, g.jur, g.data.taskId) : null),
  application: (g, _arg, ctx) => (g.data.applicationId ? getApplication(ctx.services, g.jur, g.data.applicationId) : null),
  demo: (g) => g.data.demo,
  version: (g) => g.version,
};
