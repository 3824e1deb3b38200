import { canReadPrivate, typePk, type StoredRecord } from '../data';
import { checkDate, checkList, checkText, checkYear } from '../domain/common/validate';
import { failure, userError, type Outcome, type UserError } from '../domain/common/user-error';
import { isJurisdictionCode } from '../domain/jurisdiction/provinces';
import { isLinkableAgency, AGENCY, PLAN, type AgencyData, type PlanData } from '../domain/plan/entities';
import type { FundingSource, LegalDocument, PlanStatus } from '../domain/plan/model';
import { fold, nfc } from '../domain/text/vietnamese';
import type { ServiceContext } from './context';
import { requireAdmin } from './guard';
import { memorySlice, type Slice } from './paging';
import { loadRecord, loadRecords } from './records';
import { asFailure, commit, newId } from './write';

export type PlanRecord = StoredRecord<PlanData>;

export interface PlanFields {
  readonly number?: string | null;
  readonly title?: string | null;
  readonly issuer?: string | null;
  readonly place?: string | null;
  readonly issuedOn?: string | null;
  readonly effectiveOn?: string | null;
  readonly signer?: string | null;
  readonly signerTitle?: string | null;
  readonly periodFrom?: number | null;
  readonly periodTo?: number | null;
  readonly orientationYear?: number | null;
  readonly legalBases?: readonly LegalDocument[] | null;
  readonly purposes?: readonly string[] | null;
  readonly requirements?: readonly string[] | null;
  readonly objectives?: readonly string[] | null;
  readonly fundingSources?: readonly FundingSource[] | null;
  readonly responsibilities?: readonly { agencyId: string; agencyJur: string; duties: readonly string[] }[] | null;
}

/** Drafts are private to their jurisdiction; published and closed plans are public. */
const planVisible = (ctx: ServiceContext, plan: PlanRecord): boolean =>
  plan.data.status !== 'DRAFT' || canReadPrivate(ctx.scope, plan.jur);

export const getPlan = async (ctx: ServiceContext, jur: string, id: string): Promise<PlanRecord | null> => {
  const plan = await loadRecord<PlanData>(ctx, PLAN, jur, id);
  return plan && planVisible(ctx, plan) ? plan : null;
};

/** Every plan of a jurisdiction the caller may see, any status: one Query of its byType partition (tens of plans). */
export const plansOf = async (ctx: ServiceContext, jur: string): Promise<PlanRecord[]> => {
  const list = await ctx.loaders.lists.load({ index: 'byType', partition: typePk(jur, PLAN) });
  if (list instanceof Error) throw list;
  return (list as PlanRecord[]).filter((p) => !p.deleted && planVisible(ctx, p));
};

export interface PlanFilter {
  readonly jurisdiction?: string | null;
  readonly status?: PlanStatus | null;
  readonly year?: number | null;
}

/** Plans across the deployment's jurisdictions (one Query each, together), newest issue first. */
export const listPlans = async (
  ctx: ServiceContext,
  filter: PlanFilter,
  first: number,
  after: string | null,
): Promise<Slice<PlanRecord>> => {
  const jurs = filter.jurisdiction ? [filter.jurisdiction].filter((j) => ctx.jurisdictions.includes(j)) : ctx.jurisdictions;
  const all = (await Promise.all(jurs.map((j) => plansOf(ctx, j)))).flat().filter(
    (p) =>
      (!filter.status || p.data.status === filter.status) &&
      (filter.year == null || (p.data.periodFrom <= filter.year && filter.year <= (p.data.orientationYear ?? p.data.periodTo))),
  );
  // Newest issue date first: sort ascending on an inverted date.
  const key = (p: PlanRecord) => `${invertDate(p.data.issuedOn)}|${p.jur}|${p.data.number}|${p.id}`;
  return memorySlice(ctx.store.cursors, 'plans', all, key, first, after);
};

const invertDate = (date: string | null): string =>
  date ? date.replace(/\d/g, (d) => String(9 - Number(d))) : '~';

/**
 * A plan by its number: the number's claim names the plan, so this is two GetItems. A
 * pulled copy holds no claim here (claims are the source's), so a number nobody claimed
 * falls back to the jurisdiction's plan list — a few dozen plans at most.
 */
export const planByNumber = async (ctx: ServiceContext, jur: string, number: string): Promise<PlanRecord | null> => {
  if (!ctx.jurisdictions.includes(jur)) return null;
  const wanted = numberKey(number);
  const holder = await ctx.store.claimHolder(jur, `plan#${wanted}`);
  if (holder) {
    const plan = await loadRecord<PlanData>(ctx, PLAN, jur, holder);
    return plan && numberKey(plan.data.number) === wanted && planVisible(ctx, plan) ? plan : null;
  }
  return (await plansOf(ctx, jur)).find((p) => numberKey(p.data.number) === wanted) ?? null;
};

const numberKey = (number: string): string => fold(number).replace(/\s+/g, '');

const validateFields = (fields: PlanFields, creating: boolean): UserError[] => {
  const f = (name: string) => ['input', name];
  const errors = [
    ...checkText(fields.number, f('number'), { required: creating, max: 60 }),
    ...checkText(fields.title, f('title'), { required: creating, max: 1000 }),
    ...checkText(fields.issuer, f('issuer'), { max: 300 }),
    ...checkText(fields.place, f('place'), { max: 100 }),
    ...checkText(fields.signer, f('signer'), { max: 200 }),
    ...checkText(fields.signerTitle, f('signerTitle'), { max: 200 }),
    ...checkDate(fields.issuedOn, f('issuedOn')),
    ...checkDate(fields.effectiveOn, f('effectiveOn')),
    ...checkYear(fields.periodFrom, f('periodFrom')),
    ...checkYear(fields.periodTo, f('periodTo')),
    ...checkYear(fields.orientationYear, f('orientationYear')),
    ...checkList(fields.purposes, f('purposes')),
    ...checkList(fields.requirements, f('requirements')),
    ...checkList(fields.objectives, f('objectives')),
    ...(fields.legalBases ?? []).flatMap((doc, i) => [
      ...checkText(doc.title, ['input', 'legalBases', String(i), 'title'], { required: true }),
      ...checkDate(doc.issuedOn, ['input', 'legalBases', String(i), 'issuedOn']),
    ]),
    ...(fields.fundingSources ?? []).flatMap((s, i) =>
      checkText(s.name, ['input', 'fundingSources', String(i), 'name'], { required: true, max: 500 }),
    ),
  ];
  return errors;
};

const rangeErrors = (data: PlanData): UserError[] => {
  const errors: UserError[] = [];
  if (data.periodTo < data.periodFrom) errors.push(userError('INVALID', 'The period ends before it starts', ['input', 'periodTo']));
  if (data.orientationYear != null && data.orientationYear < data.periodTo) {
    errors.push(userError('INVALID', 'The orientation year comes before the end of the period', ['input', 'orientationYear']));
  }
  return errors;
};

const checkResponsibilityAgencies = async (ctx: ServiceContext, jur: string, fields: PlanFields): Promise<UserError[]> => {
  const list = fields.responsibilities ?? [];
  const agencies = await loadRecords<AgencyData>(ctx, list.map((r) => ({ type: AGENCY, jur: r.agencyJur, id: r.agencyId })));
  return list.flatMap((r, i) =>
    isLinkableAgency(agencies[i]) && r.agencyJur === jur
      ? []
      : [userError('NOT_FOUND', 'No such agency in this jurisdiction', ['input', 'responsibilities', String(i), 'agency'])],
  );
};

const text = (s: string | null | undefined): string | null => (s == null ? null : nfc(s.trim()));
const texts = (list: readonly string[] | null | undefined): string[] => (list ?? []).map((s) => nfc(s.trim()));

const merge = (base: PlanData, fields: PlanFields): PlanData => ({
  ...base,
  ...(fields.number != null ? { number: nfc(fields.number.trim()) } : {}),
  ...(fields.title != null ? { title: nfc(fields.title.trim()) } : {}),
  ...(fields.issuer !== undefined ? { issuer: text(fields.issuer) } : {}),
  ...(fields.place !== undefined ? { place: text(fields.place) } : {}),
  ...(fields.issuedOn !== undefined ? { issuedOn: fields.issuedOn ?? null } : {}),
  ...(fields.effectiveOn !== undefined ? { effectiveOn: fields.effectiveOn ?? null } : {}),
  ...(fields.signer !== undefined ? { signer: text(fields.signer) } : {}),
  ...(fields.signerTitle !== undefined ? { signerTitle: text(fields.signerTitle) } : {}),
  ...(fields.periodFrom != null ? { periodFrom: fields.periodFrom } : {}),
  ...(fields.periodTo != null ? { periodTo: fields.periodTo } : {}),
  ...(fields.orientationYear !== undefined ? { orientationYear: fields.orientationYear ?? null } : {}),
  ...(fields.legalBases ? { legalBases: fields.legalBases.map((d) => ({ ...d, title: nfc(d.title.trim()), number: text(d.number), issuer: text(d.issuer) })) } : {}),
  ...(fields.purposes ? { purposes: texts(fields.purposes) } : {}),
  ...(fields.requirements ? { requirements: texts(fields.requirements) } : {}),
  ...(fields.objectives ? { objectives: texts(fields.objectives) } : {}),
  ...(fields.fundingSources ? { fundingSources: fields.fundingSources.map((s) => ({ ...s, name: nfc(s.name.trim()), note: text(s.note) })) } : {}),
  ...(fields.responsibilities
    ? { responsibilities: fields.responsibilities.map((r) => ({ agencyId: r.agencyId, duties: texts(r.duties) })) }
    : {}),
});

const emptyPlan: PlanData = {
  number: '',
  title: '',
  issuer: null,
  place: null,
  issuedOn: null,
  effectiveOn: null,
  signer: null,
  signerTitle: null,
  periodFrom: 0,
  periodTo: 0,
  orientationYear: null,
  legalBases: [],
  purposes: [],
  requirements: [],
  objectives: [],
  fundingSources: [],
  responsibilities: [],
  status: 'DRAFT',
  publishedAt: null,
};


const claimNumber = (ctx: ServiceContext, jur: string, number: string, planId: string) =>
  ctx.store.claim(ctx.scope, jur, `plan#${numberKey(number)}`, planId, async (holder) => {
    const existing = await ctx.store.getRecord({ type: PLAN, jur, id: holder }, true);
    return Boolean(existing && !existing.deleted);
  },
  );

export const createPlan = async (
  ctx: ServiceContext,
  jur: string,
  fields: PlanFields,
  options: { id?: string; status?: PlanStatus } = {},
): Promise<Outcome<PlanRecord>> => {
  if (!isJurisdictionCode(jur)) return failure(userError('INVALID', `${jur} is not a jurisdiction code`, ['input', 'jurisdiction']));
  const denied = requireAdmin(ctx, jur);
  if (denied.length) return failure(...denied);
  const errors = [...validateFields(fields, true), ...(await checkResponsibilityAgencies(ctx, jur, fields))];
  if (errors.length) return failure(...errors);
  const status = options.status ?? 'DRAFT';
  const data = merge({ ...emptyPlan, status, publishedAt: status === 'DRAFT' ? null : new Date().toISOString() }, fields);
  const ranges = rangeErrors(data);
  if (ranges.length) return failure(...ranges);
  const id = options.id ?? newId();
  try {
    await claimNumber(ctx, jur, data.number, id);
  } catch (error) {
    return asFailure(error);
  }
  return commit(ctx, { ref: { type: PLAN, jur, id }, expectedVersion: 0, data, op: 'CREATE' });
};

export const updatePlan = async (
  ctx: ServiceContext,
  ref: { jur: string; id: string },
  expectedVersion: number,
  fields: PlanFields,
): Promise<Outcome<PlanRecord>> => {
  const denied = requireAdmin(ctx, ref.jur);
  if (denied.length) return failure(...denied);
  const plan = await getPlan(ctx, ref.jur, ref.id);
  if (!plan) return failure(userError('NOT_FOUND', 'No such plan', ['input', 'id']));
  if (plan.data.status === 'CLOSED') return failure(userError('LOCKED', 'A closed plan cannot change', ['input', 'id']));
  const errors = [...validateFields(fields, false), ...(await checkResponsibilityAgencies(ctx, ref.jur, fields))];
  if (errors.length) return failure(...errors);
  const data = merge(plan.data, fields);
  const ranges = rangeErrors(data);
  if (ranges.length) return failure(...ranges);
  if (numberKey(data.number) !== numberKey(plan.data.number)) {
    try {
      await claimNumber(ctx, ref.jur, data.number, plan.id);
    } catch (error) {
      return asFailure(error);
    }
  }
  const result = await commit(ctx, {
    ref: { type: PLAN, ...ref },
    expectedVersion,
    data,
    op: 'UPDATE',
  });
  if (result.ok && numberKey(data.number) !== numberKey(plan.data.number)) {
    await ctx.store.releaseClaim(ctx.scope, ref.jur, `plan#${numberKey(plan.data.number)}`, plan.id);
  }
  return result;
};

export const publishPlan = async (
  ctx: ServiceContext,
  ref: { jur: string; id: string },
  expectedVersion: number,
  note: string | null,
): Promise<Outcome<PlanRecord>> => {
  const denied = requireAdmin(ctx, ref.jur);
  if (denied.length) return failure(...denied);
  const plan = await getPlan(ctx, ref.jur, ref.id);
  if (!plan) return failure(userError('NOT_FOUND', 'No such plan', ['input', 'id']));
  if (plan.data.status !== 'DRAFT') {
    return failure(userError('LOCKED', `The plan is already ${plan.data.status.toLowerCase()}`, ['input', 'id']));
  }
  const data: PlanData = { ...plan.data, status: 'PUBLISHED', publishedAt: new Date().toISOString() };
  return commit(ctx, {
    ref: { type: PLAN, ...ref },
    expectedVersion,
    data,
    op: 'PUBLISH',
    ...(note ? { note } : {}),
  });
};

