/**
 * A round's spreadsheet of actuals as one call: each row is checked on its own (a bad row
 * is refused with its errors and writes nothing), each valid row is entered and submitted.
 * Idempotent: row i is created with the key `<batch key>#i`, so a retried upload finds the
 * observations the first one made and only finishes what it left (a row created but not yet
 * submitted gets submitted; a submitted one is returned as it is).
 */
import { failure, success, userError, type Outcome, type UserError } from '../domain/common/user-error';
import { checkText } from '../domain/common/validate';
import type { ServiceContext } from './context';
import { requireSignedIn } from './guard';
import { createObservation, prepareObservation, reviewObservation, type ObservationFields, type ObservationRecord } from './observations';

/** Beyond a quarter's sheet for every indicator of a large plan; bounds one request's writes. */
const MAX_BATCH_ROWS = 100;

export interface BatchRow {
  readonly indicator: { jur: string; id: string } | null;
  readonly period: string;
  readonly fields: ObservationFields;
}

export interface BatchRowResult {
  readonly row: number;
  readonly observation: ObservationRecord | null;
}

/** Field paths of a single create, moved under the row (`input.value` → `input.rows.3.value`). */
const underRow = (row: number, errors: readonly UserError[]): UserError[] =>
  errors.map((e) => ({ ...e, field: ['input', 'rows', String(row), ...(e.field ?? []).filter((f) => f !== 'input')] }));

export const submitObservationBatch = async (
  ctx: ServiceContext,
  rows: readonly BatchRow[],
  idempotencyKey: string,
  validateOnly: boolean,
): Promise<Outcome<{ rows: BatchRowResult[]; submittedCount: number; rowErrors: UserError[] }>> => {
  const signedIn = requireSignedIn(ctx);
  if (signedIn.length) return failure(...signedIn);
  if (rows.length === 0) return failure(userError('INVALID', 'Send at least one row', ['input', 'rows']));
  if (rows.length > MAX_BATCH_ROWS) return failure(userError('LIMIT_EXCEEDED', `At most ${MAX_BATCH_ROWS} rows a batch; split the sheet`, ['input', 'rows']));
  const keyErrors = checkText(idempotencyKey, ['input', 'idempotencyKey'], { max: 200 });
  if (keyErrors.length) return failure(...keyErrors);
  if (!idempotencyKey.trim()) return failure(userError('INVALID', 'Name the batch with a key', ['input', 'idempotencyKey']));

  const results: BatchRowResult[] = [];
  const rowErrors: UserError[] = [];
  const refuse = (errors: readonly UserError[]) => void rowErrors.push(...errors);
  // One row after another: rows of one indicator and period contend for the same lock, and a
  // sheet's order is the order a clerk reads the outcome in.
  for (const [i, row] of rows.entries()) {
    const key = `${idempotencyKey}#${i}`;
    if (!row.indicator) {
      refuse([userError('NOT_FOUND', 'No indicator has this ID', ['input', 'rows', String(i), 'indicator'])]);
      continue;
    }
    if (validateOnly) {
      const prepared = await prepareObservation(ctx, row.indicator, row.period, null, row.fields, key);
      const replayedStatus = prepared.ok && 'replayed' in prepared.value ? prepared.value.replayed.data.status : null;
      const errors = prepared.ok
        ? replayedStatus && replayedStatus !== 'DRAFT' && replayedStatus !== 'SUBMITTED' ? [userError('LOCKED', `This row was already entered and is now ${replayedStatus.toLowerCase()}`, ['input', 'id'])] : []
        : prepared.errors;
      if (errors.length) refuse(underRow(i, errors));
      else results.push({ row: i, observation: null });
      continue;
    }
    const created = await createObservation(ctx, row.indicator, row.period, null, row.fields, key);
    if (!created.ok) {
      refuse(underRow(i, created.errors));
      continue;
    }
    const observation = created.value;
    if (observation.data.status !== 'DRAFT') {
      // Already submitted by the first try of this batch (or reviewed since): report it as it stands.
      results.push({ row: i, observation });
      continue;
    }
    const submitted = await reviewObservation(ctx, { jur: observation.jur, id: observation.id }, 'SUBMIT', observation.version, null);
    if (submitted.ok) results.push({ row: i, observation: submitted.value });
    else refuse(underRow(i, submitted.errors));
  }
  return success({ rows: results, submittedCount: results.length, rowErrors });
};
