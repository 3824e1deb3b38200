import { AGENCY, TASK } from '../domain/plan/entities';
import type { IndicatorFields } from '../services/indicators';
import type { PlanFields } from '../services/plans';
import type { TaskFields } from '../services/tasks';
import { refOf } from './global-id';
import type {
  IndicatorCreateInput,
  IndicatorUpdateInput,
  PlanCreateInput,
  PlanUpdateInput,
  TaskCreateInput,
  TaskUpdateInput,
} from './resolvers/types.generated';

/**
 * GraphQL inputs to service fields: global IDs become references. An agency ID
 * that does not decode becomes a reference no record has, so the service reports
 * it as NOT_FOUND on the right field.
 */
const agencyRef = (id: string) => {
  const ref = refOf(id, AGENCY);
  return { agencyId: ref?.id ?? '~invalid', agencyJur: ref?.jur ?? '~' };
};

export const planFields = (input: PlanCreateInput | PlanUpdateInput): PlanFields => ({
  ...input,
  legalBases: input.legalBases?.map((d) => ({
    kind: d.kind,
    number: d.number ?? null,
    issuedOn: d.issuedOn ?? null,
    issuer: d.issuer ?? null,
    title: d.title,
  })),
  fundingSources: input.fundingSources?.map((s) => ({ kind: s.kind, name: s.name, note: s.note ?? null })),
  responsibilities: input.responsibilities?.map((r) => ({ ...agencyRef(r.agency), duties: r.duties })),
});

export const taskFields = (input: TaskCreateInput | TaskUpdateInput): TaskFields => ({
  title: input.title,
  titleSource: input.titleSource,
  content: input.content,
  timeline: input.timeline,
  phases: input.phases,
  outputs: input.outputs?.map((o) => ({ text: o.text, quantity: o.quantity ?? null, unit: o.unit ?? null })),
  agencies: input.agencies?.map((a) => ({ ...agencyRef(a.agency), role: a.role, note: a.note ?? null })),
});

export const indicatorFields = (input: IndicatorCreateInput | IndicatorUpdateInput): IndicatorFields => ({
  name: input.name,
  unit: input.unit,
  measure: input.measure,
  accumulation: input.accumulation,
  baseline: input.baseline,
  targets: input.targets?.map((t) => ({ year: t.year, text: t.text, direction: t.direction ?? null, note: t.note ?? null })),
  agencies: input.agencies?.map((a) => ({ ...agencyRef(a.agency), role: a.role })),
  tasks: input.tasks?.map((id) => {
    const ref = refOf(id, TASK);
    return { jur: ref?.jur ?? '~', id: ref?.id ?? '~invalid' };
  }),
  note: input.note,
});
