import { AGENCY, PLAN, TASK, TASK_REPORT, type AgencyData } from '../domain/plan/entities';
import { isOperationsType, loadOperationsNode } from './operations/nodes';
import { INDICATOR, OBSERVATION } from '../domain/indicator/entities';
import type { ServiceContext } from './context';
import { getIndicator } from './indicators';
import { getObservation } from './observations';
import { getPlan } from './plans';
import { loadRecord } from './records';
import { getReport } from './reports';
import { getTask } from './tasks';
import { ecosystemNode, isEcosystemType } from './ecosystem/nodes';

/**
 * Any object by reference, under the same visibility rules as its own queries.
 * Returns the value tagged with its GraphQL type name, or null.
 */
export const loadNode = async (
  ctx: ServiceContext,
  ref: { type: string; jur: string; id: string },
): Promise<({ __typename: string } & object) | null> => {
  const tag = <T extends object>(typename: string, value: T | null) => (value ? { ...value, __typename: typename } : null);
  switch (ref.type) {
    case PLAN:
      return tag(PLAN, await getPlan(ctx, ref.jur, ref.id));
    case TASK:
      return tag(TASK, await getTask(ctx, ref.jur, ref.id));
    case AGENCY:
      return tag(AGENCY, await loadRecord<AgencyData>(ctx, AGENCY, ref.jur, ref.id));
    case TASK_REPORT:
      return tag(TASK_REPORT, await getReport(ctx, ref.jur, ref.id));
    case INDICATOR:
      return tag(INDICATOR, await getIndicator(ctx, ref.jur, ref.id));
    case OBSERVATION:
      return tag(OBSERVATION, await getObservation(ctx, ref.jur, ref.id));
    case 'LegalDocument': {
      const [planId, index] = ref.id.split('~');
      const plan = planId ? await getPlan(ctx, ref.jur, planId) : null;
      const i = Number(index);
      return plan && Number.isInteger(i) && plan.data.legalBases[i] ? tag("LegalDocument", { plan, index: i }) : null;
    }
    default:
      if (isOperationsType(ref.type)) return tag(ref.type, await loadOperationsNode(ctx, ref));
      return isEcosystemType(ref.type) ? tag(ref.type, await ecosystemNode(ctx, ref)) : null;
  }
};
