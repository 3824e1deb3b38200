import type { StoredRecord } from '../../data';
import { checkDate, checkText } from '../../domain/common/validate';
import { failure, success, userError, type Outcome, type UserError } from '../../domain/common/user-error';
import {
  APPLICATION,
  EVENT,
  STARTUP,
  SUPPORT_GRANT,
  type EventData,
  type EventKind,
  type GrantSource,
  type Participants,
  type SupportGrantData,
} from '../../domain/ecosystem/model';
import { TASK } from '../../domain/plan/entities';
import { fold, nfc } from '../../domain/text/vietnamese';
import type { ServiceContext } from '../context';
import { loadRecords } from '../records';
import { checkAgenciesAndTask, type Ref } from './competitions';
import { checkCount, checkName, checkPeriod, f, text, toMoney, type MoneyInputLike } from './fields';
import { linked, linkedSlice } from './links';
import { keepWhen, matching, orderedSlice, registrySlice, type EntityDef, type Order } from './registry';


export interface EventFields {
  readonly name?: string | null;
  readonly kind?: EventKind | null;
  readonly description?: string | null;
  readonly organisers?: readonly Ref[] | null;
  readonly startsOn?: string | null;
  readonly endsOn?: string | null;
  readonly place?: string | null;
  readonly participants?: Partial<Participants> & { total: number } | null;
  readonly task?: Ref | null;
  readonly demo?: boolean;
}

const GROUPS = ['women', 'farmers', 'youth', 'cooperatives', 'enterprises'] as const;

const eventSearchText = (d: EventData): string => [d.name, d.description ?? '', d.place ?? ''].join(' ');

export const eventDef: EntityDef<EventData, EventFields> = {
  type: EVENT,
  label: 'event',
  async build(ctx, jur, base, fields) {
    const startsOn = fields.startsOn ?? base?.startsOn ?? null;
    const endsOn = fields.endsOn ?? (fields.startsOn && !base ? fields.startsOn : (base?.endsOn ?? startsOn));
    const p = fields.participants;
    const errors: UserError[] = [
      ...checkName(fields.name, base === null),
      ...(base === null && !fields.kind ? [userError('INVALID', 'Required', f('kind'))] : []),
      ...(startsOn ? [] : [userError('INVALID', 'Required', f('startsOn'))]),
      ...checkPeriod(startsOn, endsOn, f('endsOn')),
      ...checkText(fields.description, f('description'), { max: 4000 }),
      ...checkText(fields.place, f('place'), { max: 300 }),
      ...(p ? [...checkCount(p.total, f('participants', 'total')), ...GROUPS.flatMap((g) => checkCount(p[g], f('participants', g)))] : []),
      ...(p && GROUPS.some((g) => (p[g] ?? 0) > p.total) ? [userError('INVALID', 'A group is larger than the total', f('participants'))] : []),
      ...(await checkAgenciesAndTask(ctx, jur, fields.organisers, fields.task)),
    ];
    if (errors.length) return failure(...errors);
    const name = fields.name != null ? nfc(fields.name.trim()) : (base?.name ?? '');
    return success<EventData>({
      name,
      nameKey: fold(name),
      demo: fields.demo ?? base?.demo ?? false,
      kind: fields.kind ?? base?.kind ?? 'WORKSHOP',
      description: fields.description === undefined ? (base?.description ?? null) : text(fields.description),
      organiserIds: fields.organisers ? fields.organisers.map((o) => o.id) : (base?.organiserIds ?? []),
      startsOn: startsOn!,
      endsOn: endsOn!,
      place: fields.place === undefined ? (base?.place ?? null) : text(fields.place),
      participants: p
        ? { total: p.total, women: p.women ?? 0, farmers: p.farmers ?? 0, youth: p.youth ?? 0, cooperatives: p.cooperatives ?? 0, enterprises: p.enterprises ?? 0 }
        : (base?.participants ?? { total: 0, women: 0, farmers: 0, youth: 0, cooperatives: 0, enterprises: 0 }),
      taskId: fields.task === undefined ? (base?.taskId ?? null) : (fields.task?.id ?? null),
    });
  },
};

export const listEvents = async (
  ctx: ServiceContext,
  filter: { jurisdiction?: string | null; search?: string | null; kind?: EventKind | null; year?: number | null; task?: Ref | null },
  order: Order | null | undefined,
  first: number,
  after: string | null,
) => {
  const { search, kind, year, task } = filter;
  const keep = keepWhen<EventData>(
    matching(search, eventSearchText),
    kind && ((e) => e.data.kind === kind),
    year != null && ((e) => e.data.startsOn.startsWith(String(year))),
  );
  const keys = { name: (d: EventData) => d.nameKey, date: (d: EventData) => d.startsOn };
  if (!task) return registrySlice<EventData>(ctx, { type: EVENT, jurisdiction: filter.jurisdiction, indexed: 'NAME', order: order ?? { field: 'NAME' }, keys, keep }, first, after);
  // A task's events are one Query of its byLink partition (a task holds a handful).
  const all =
    ctx.jurisdictions.includes(task.jur) && (!filter.jurisdiction || filter.jurisdiction === task.jur)
      ? await linked<EventData>(ctx, 'byLink', { type: TASK, ...task }, EVENT)
      : [];
  return orderedSlice(ctx.store.cursors, EVENT, keep ? all.filter(keep) : all, keys, order, first, after);
};


// ---- Support grants: under the startup (byParent) and the application whose award they follow (byLink).

export interface SupportGrantFields {
  readonly beneficiary?: Ref | null;
  readonly beneficiaryName?: string | null;
  readonly policyBasis?: string | null;
  readonly amount?: MoneyInputLike | null;
  readonly source?: GrantSource | null;
  readonly sourceName?: string | null;
  readonly date?: string | null;
  readonly purpose?: string | null;
  readonly task?: Ref | null;
  readonly application?: Ref | null;
  readonly demo?: boolean;
}

const grantSearchText = (d: SupportGrantData): string => [d.beneficiaryName, d.policyBasis, d.purpose ?? '', d.sourceName ?? ''].join(' ');

export const supportGrantDef: EntityDef<SupportGrantData, SupportGrantFields> = {
  type: SUPPORT_GRANT,
  label: 'support grant',
  async build(ctx, jur, base, fields): Promise<Outcome<SupportGrantData>> {
    const errors: UserError[] = [
      ...checkText(fields.policyBasis, f('policyBasis'), { required: base === null, max: 300 }),
      ...checkText(fields.purpose, f('purpose'), { max: 2000 }),
      ...checkDate(fields.date, f('date')),
      ...(base === null && !fields.date ? [userError('INVALID', 'Required', f('date'))] : []),
      ...(base === null && !fields.source ? [userError('INVALID', 'Required', f('source'))] : []),
      ...(base === null && !fields.amount ? [userError('INVALID', 'Required', f('amount'))] : []),
    ];
    const amount = fields.amount ? toMoney(fields.amount, f('amount'), errors) : (base?.amount ?? null);
    let beneficiaryName = base?.beneficiaryName ?? '';
    if (!base) {
      const refs = [
        ...(fields.beneficiary ? [{ type: STARTUP, ...fields.beneficiary }] : []),
        ...(fields.application ? [{ type: APPLICATION, ...fields.application }] : []),
      ];
      const found = await loadRecords<{ name?: string; status?: string; startupId?: string }>(ctx, refs);
      const startup = fields.beneficiary ? found[0] : null;
      const application = fields.application ? found[fields.beneficiary ? 1 : 0] : null;
      if (fields.beneficiary && (!startup || fields.beneficiary.jur !== jur)) errors.push(userError('NOT_FOUND', 'No such startup in this jurisdiction', f('beneficiary')));
      if (fields.application && (!application || fields.application.jur !== jur)) errors.push(userError('NOT_FOUND', 'No such application in this jurisdiction', f('application')));
      else if (application && application.data.status !== 'AWARDED') errors.push(userError('INVALID', 'A grant follows an award: the application is not awarded', f('application')));
      else if (application && fields.beneficiary && application.data.startupId !== fields.beneficiary.id) errors.push(userError('INVALID', 'The application is another startup\'s', f('application')));
      beneficiaryName = text(fields.beneficiaryName) ?? startup?.data.name ?? '';
      if (!beneficiaryName) errors.push(userError('INVALID', 'Name the beneficiary (or give a startup)', f('beneficiaryName')));
      errors.push(...(await checkAgenciesAndTask(ctx, jur, [], fields.task)));
    }
    if (errors.length || !amount) return failure(...errors);
    return success<SupportGrantData>({
      startupId: base ? base.startupId : (fields.beneficiary?.id ?? null),
      beneficiaryName,
      nameKey: fold(beneficiaryName),
      demo: fields.demo ?? base?.demo ?? false,
      policyBasis: fields.policyBasis != null ? nfc(fields.policyBasis.trim()) : (base?.policyBasis ?? ''),
      amount,
      source: fields.source ?? base?.source ?? 'OTHER',
      sourceName: fields.sourceName === undefined ? (base?.sourceName ?? null) : text(fields.sourceName),
      date: fields.date ?? base?.date ?? '',
      purpose: fields.purpose === undefined ? (base?.purpose ?? null) : text(fields.purpose),
      taskId: base ? base.taskId : (fields.task?.id ?? null),
      applicationId: base ? base.applicationId : (fields.application?.id ?? null),
    });
  },
};

export const listSupportGrants = async (
  ctx: ServiceContext,
  filter: { jurisdiction?: string | null; search?: string | null; source?: GrantSource | null; year?: number | null },
  order: Order | null | undefined,
  first: number,
  after: string | null,
) => {
  const { search, source, year } = filter;
  const keep = keepWhen<SupportGrantData>(
    matching(search, grantSearchText),
    source && ((g) => g.data.source === source),
    year != null && ((g) => g.data.date.startsWith(String(year))),
  );
  const keys = { name: (d: SupportGrantData) => d.nameKey, date: (d: SupportGrantData) => d.date };
  const sorted = order ?? { field: 'DATE', direction: 'DESC' };
  return registrySlice<SupportGrantData>(ctx, { type: SUPPORT_GRANT, jurisdiction: filter.jurisdiction, indexed: 'DATE', order: sorted, keys, keep }, first, after);
};


export const startupGrants = (ctx: ServiceContext, startup: StoredRecord<unknown>, first: number, after: string | null) =>
  linkedSlice<SupportGrantData>(ctx, 'byParent', startup, SUPPORT_GRANT, (d) => d.date, first, after);
export const applicationGrants = (ctx: ServiceContext, application: StoredRecord<unknown>, first: number, after: string | null) =>
  linkedSlice<SupportGrantData>(ctx, 'byLink', application, SUPPORT_GRANT, (d) => d.date, first, after);
