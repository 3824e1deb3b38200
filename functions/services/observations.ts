import { canReadPrivate, ClaimTaken, observationsOfIndicator, type StoredRecord } from '../data';
import { replayKey } from './idempotency';
import { checkDate, checkPeriod, checkText, checkUrl } from '../domain/common/validate';
import { failure, success, userError, type Outcome, type UserError } from '../domain/common/user-error';
import { OBSERVATION, periodEnd, type ObservationData } from '../domain/indicator/entities';
import { isEditable, isReviewerObservationAction, nextObservationStatus, type ObservationAction } from '../domain/indicator/observation';
import { AGENCY, type AgencyData } from '../domain/plan/entities';
import { nfc } from '../domain/text/vietnamese';
import { isAdminOf } from './caller';
import type { ServiceContext } from './context';
import { requireAdmin, requireSignedIn } from './guard';
import { getIndicator, keyedId, type IndicatorRecord } from './indicators';
import { indexSlice, type Slice } from './paging';
import { loadRecord } from './records';
import { asFailure, commit, newId } from './write';

export type ObservationRecord = StoredRecord<ObservationData>;


/**
 * The lock of an approved period: a claim per (indicator, period) held by the approved
 * observation, read consistently (an index would not be), released by observationReopen.
 */
const periodClaim = (indicatorId: string, period: string) => `indicator#${indicatorId}#period#${period}`;

/** Approved observations are public; the rest only for their source agency and the jurisdiction's admins. */
const visible = (ctx: ServiceContext, o: ObservationRecord): boolean =>
  o.data.status === 'APPROVED' ||
  (canReadPrivate(ctx.scope, o.jur) && (ctx.caller.role === 'PROVINCE_ADMIN' || (ctx.caller.agencyId !== null && ctx.caller.agencyId === o.data.sourceAgencyId)));

export const getObservation = async (ctx: ServiceContext, jur: string, id: string): Promise<ObservationRecord | null> => {
  const o = await loadRecord<ObservationData>(ctx, OBSERVATION, jur, id);
  if (!o || !visible(ctx, o)) return null;
  return (await getIndicator(ctx, jur, o.data.indicatorId)) ? o : null;
};

/** Newest period first. */
export const listObservations = (ctx: ServiceContext, indicator: IndicatorRecord, first: number, after: string | null): Promise<Slice<ObservationRecord>> =>
  indexSlice<ObservationData>(ctx, 'byParent', observationsOfIndicator(indicator.jur, indicator.id), first, after, {
    forward: false,
    keep: (o) => visible(ctx, o),
  });

/** Every APPROVED observation of an indicator: one Query of its partition (through the request's loader). */
export const approvedObservations = async (ctx: ServiceContext, indicator: IndicatorRecord): Promise<ObservationRecord[]> => {
  const list = await ctx.loaders.lists.load({ index: 'byParent', partition: observationsOfIndicator(indicator.jur, indicator.id) });
  if (list instanceof Error) throw list;
  return (list as ObservationRecord[]).filter((o) => !o.deleted && o.data.status === 'APPROVED');
};

/** An agency enters actuals only for indicators it is an agency of; an admin for any. */
const mayEnter = (ctx: ServiceContext, indicator: IndicatorRecord, field: string[]): UserError[] => {
  if (isAdminOf(ctx.caller, indicator.jur)) return [];
  const agencyId = ctx.caller.agencyId;
  if (ctx.caller.role === 'AGENCY' && agencyId && ctx.caller.jurisdictions.includes(indicator.jur)) {
    return indicator.data.agencies.some((a) => a.agencyId === agencyId)
      ? []
      : [userError('FORBIDDEN', 'Your agency is not an agency of this indicator', field)];
  }
  return [userError('FORBIDDEN', "Only the indicator's agencies and the province admins enter its actuals")];
};

/** The id of the APPROVED observation holding a period, if any (a claim whose holder is not approved is stale). */
const periodLockedBy = async (ctx: ServiceContext, jur: string, indicatorId: string, period: string): Promise<string | null> => {
  const holder = await ctx.store.claimHolder(jur, periodClaim(indicatorId, period));
  if (!holder) return null;
  const o = await ctx.store.getRecord<ObservationData>({ type: OBSERVATION, jur, id: holder }, true);
  return o && !o.deleted && o.data.status === 'APPROVED' ? holder : null;
};

const lockedError = (period: string): UserError =>
  userError('LOCKED', `${period} has an approved actual; a province admin must reopen it first (observationReopen)`, ['input', 'period']);

export interface ObservationFields {
  readonly value?: number | null;
  readonly text?: string | null;
  readonly doneOn?: string | null;
  readonly note?: string | null;
  readonly evidence?: readonly string[] | null;
}

const validate = (indicator: IndicatorRecord, fields: ObservationFields): UserError[] => [
  ...(fields.value != null && !Number.isFinite(fields.value) ? [userError('INVALID', 'A value is a number', ['input', 'value'])] : []),
  ...checkText(fields.text, ['input', 'text'], { max: 4000 }),
  ...checkDate(fields.doneOn, ['input', 'doneOn']),
  ...checkText(fields.note, ['input', 'note'], { max: 4000 }),
  ...((fields.evidence ?? []).length > 20 ? [userError('INVALID', 'At most 20 evidence links', ['input', 'evidence'])] : []),
  ...(fields.evidence ?? []).flatMap((url, i) => checkUrl(url, ['input', 'evidence', String(i)])),
  ...requiredValue(indicator, fields),
];

/** A number for numeric measures, words for qualitative ones, a date (or words) for milestones. */
const requiredValue = (indicator: IndicatorRecord, f: ObservationFields): UserError[] => {
  switch (indicator.data.measure) {
    case 'QUALITATIVE':
      return f.text?.trim() || f.value != null ? [] : [userError('INVALID', 'Describe the actual in words', ['input', 'text'])];
    case 'MILESTONE':
      return f.doneOn || f.text?.trim() ? [] : [userError('INVALID', 'Give the date it was done (or say what stands)', ['input', 'doneOn'])];
    default:
      return f.value != null ? [] : [userError('INVALID', `A ${indicator.data.measure.toLowerCase()} indicator needs a number`, ['input', 'value'])];
  }
};

const text = (s: string | null | undefined): string | null => (s == null || s.trim() === '' ? null : nfc(s.trim()));

/**
 * Every check of a create, without writing: the observation to write, or the one an earlier
 * call with the same idempotency key wrote. The spreadsheet batch previews rows with it.
 */
export const prepareObservation = async (
  ctx: ServiceContext,
  indicatorRef: { jur: string; id: string },
  period: string,
  source: { jur: string; id: string } | null,
  fields: ObservationFields,
  idempotencyKey: string | null = null,
): Promise<Outcome<{ replayed: ObservationRecord } | { ref: { type: typeof OBSERVATION; jur: string; id: string }; data: ObservationData }>> => {
  const signedIn = requireSignedIn(ctx);
  if (signedIn.length) return failure(...signedIn);
  const indicator = await getIndicator(ctx, indicatorRef.jur, indicatorRef.id);
  if (!indicator) return failure(userError('NOT_FOUND', 'No such indicator', ['input', 'indicator']));
  const { jur } = indicator;
  const denied = mayEnter(ctx, indicator, ['input', 'indicator']);
  if (denied.length) return failure(...denied);
  const admin = isAdminOf(ctx.caller, jur);
  const sourceId = admin ? (source?.id ?? null) : ctx.caller.agencyId;
  if (!admin && source && source.id !== ctx.caller.agencyId) {
    return failure(userError('FORBIDDEN', 'An agency enters actuals as itself', ['input', 'sourceAgency']));
  }
  if (sourceId && (!(await loadRecord<AgencyData>(ctx, AGENCY, jur, sourceId)) || (source && source.jur !== jur))) {
    return failure(userError('NOT_FOUND', 'No such agency in this jurisdiction', ['input', 'sourceAgency']));
  }
  const errors = [...checkPeriod(period, ['input', 'period']), ...validate(indicator, fields)];
  if (errors.length) return failure(...errors);
  const id = idempotencyKey ? keyedId(ctx, indicator.id, idempotencyKey) : newId();
  const replay = await replayKey<ObservationData>(ctx, jur, OBSERVATION, id, idempotencyKey, { period, source, fields });
  if (!replay.ok) return replay;
  if (replay.value) return success({ replayed: replay.value });
  if (await periodLockedBy(ctx, jur, indicator.id, period)) return failure(lockedError(period));
  const data: ObservationData = {
    planId: indicator.data.planId,
    indicatorId: indicator.id,
    period,
    periodYear: Number(period.slice(0, 4)),
    periodEnd: periodEnd(period),
    value: fields.value ?? null,
    text: text(fields.text),
    doneOn: fields.doneOn ?? null,
    sourceAgencyId: sourceId,
    note: text(fields.note),
    evidence: [...(fields.evidence ?? [])],
    status: 'DRAFT',
    submittedAt: null,
    submittedBy: null,
    reviewedAt: null,
    reviewedBy: null,
    reviewNote: null,
  };
  return success({ ref: { type: OBSERVATION, jur, id }, data });
};

export const createObservation = async (
  ctx: ServiceContext,
  indicatorRef: { jur: string; id: string },
  period: string,
  source: { jur: string; id: string } | null,
  fields: ObservationFields,
  idempotencyKey: string | null = null,
): Promise<Outcome<ObservationRecord>> => {
  const prepared = await prepareObservation(ctx, indicatorRef, period, source, fields, idempotencyKey);
  if (!prepared.ok) return prepared;
  if ('replayed' in prepared.value) return success(prepared.value.replayed);
  return commit(ctx, { ref: prepared.value.ref, expectedVersion: 0, data: prepared.value.data, op: 'CREATE' });
};

/** Loads an observation and its indicator for a change by this caller. */
const loadForChange = async (
  ctx: ServiceContext,
  ref: { jur: string; id: string },
  action: ObservationAction | 'UPDATE',
): Promise<Outcome<{ observation: ObservationRecord; indicator: IndicatorRecord }>> => {
  const signedIn = requireSignedIn(ctx);
  if (signedIn.length) return failure(...signedIn);
  const observation = await getObservation(ctx, ref.jur, ref.id);
  if (!observation) return failure(userError('NOT_FOUND', 'No such observation', ['input', 'id']));
  const indicator = await getIndicator(ctx, ref.jur, observation.data.indicatorId);
  if (!indicator) return failure(userError('NOT_FOUND', 'No such indicator', ['input', 'id']));
  const denied = action !== 'UPDATE' && isReviewerObservationAction(action) ? requireAdmin(ctx, ref.jur) : mayEnter(ctx, indicator, ['input', 'id']);
  if (denied.length) return failure(...denied);
  return success({ observation, indicator });
};

export const updateObservation = async (
  ctx: ServiceContext,
  ref: { jur: string; id: string },
  expectedVersion: number,
  fields: ObservationFields,
): Promise<Outcome<ObservationRecord>> => {
  const loaded = await loadForChange(ctx, ref, 'UPDATE');
  if (!loaded.ok) return failure(...loaded.errors);
  const { observation, indicator } = loaded.value;
  const { data } = observation;
  if (!isEditable(data.status)) {
    return failure(userError('LOCKED', `A ${data.status.toLowerCase()} actual cannot be edited${data.status === 'APPROVED' ? '; a province admin must reopen it first' : ''}`, ['input', 'id']));
  }
  if (await periodLockedBy(ctx, ref.jur, indicator.id, data.period)) return failure(lockedError(data.period));
  const next: ObservationData = {
    ...data,
    ...(fields.value !== undefined ? { value: fields.value ?? null } : {}),
    ...(fields.text !== undefined ? { text: text(fields.text) } : {}),
    ...(fields.doneOn !== undefined ? { doneOn: fields.doneOn ?? null } : {}),
    ...(fields.note !== undefined ? { note: text(fields.note) } : {}),
    ...(fields.evidence ? { evidence: [...fields.evidence] } : {}),
  };
  const errors = validate(indicator, next);
  if (errors.length) return failure(...errors);
  return commit(ctx, { ref: { type: OBSERVATION, ...ref }, expectedVersion, data: next, op: 'UPDATE' });
};

/**
 * Submit (its agency or an admin); approve, return or reopen (admins; return and reopen need
 * a note). Approving claims the period's lock first, so two approved actuals of one period
 * cannot both stand; reopening releases it after the observation has left APPROVED.
 */
export const reviewObservation = async (
  ctx: ServiceContext,
  ref: { jur: string; id: string },
  action: ObservationAction,
  expectedVersion: number,
  note: string | null,
): Promise<Outcome<ObservationRecord>> => {
  const loaded = await loadForChange(ctx, ref, action);
  if (!loaded.ok) return failure(...loaded.errors);
  const { observation, indicator } = loaded.value;
  if ((action === 'RETURN' || action === 'REOPEN') && !note?.trim()) {
    return failure(userError('INVALID', action === 'RETURN' ? 'Say what the agency should correct' : 'Say why the period is reopened', ['input', 'note']));
  }
  const next = nextObservationStatus(observation.data.status, action);
  if (!next.ok) return failure(userError('LOCKED', next.message, ['input', 'id']));
  const { period } = observation.data;
  const claim = periodClaim(indicator.id, period);
  if (action === 'SUBMIT' && (await periodLockedBy(ctx, ref.jur, indicator.id, period))) return failure(lockedError(period));
  if (action === 'APPROVE') {
    try {
      await ctx.store.claim(ctx.scope, ref.jur, claim, observation.id, async (holder) =>
        Boolean(await periodLockedBy(ctx, ref.jur, indicator.id, period).then((id) => id === holder)),
      );
    } catch (error) {
      return error instanceof ClaimTaken ? failure(lockedError(period)) : asFailure(error);
    }
  }
  const now = new Date().toISOString();
  const who = ctx.caller.subject;
  const data: ObservationData = {
    ...observation.data,
    status: next.status,
    ...(action === 'SUBMIT'
      ? { submittedAt: now, submittedBy: who }
      : { reviewedAt: now, reviewedBy: who, reviewNote: note?.trim() ?? null }),
  };
  const result = await commit(ctx, {
    ref: { type: OBSERVATION, ...ref },
    expectedVersion,
    data,
    op: action,
    ...(note ? { note } : {}),
  });
  if ((action === 'APPROVE' && !result.ok) || (action === 'REOPEN' && result.ok)) {
    await ctx.store.releaseClaim(ctx.scope, ref.jur, claim, observation.id);
  }
  return result;
};
