import { createHash } from 'node:crypto';
import { ClaimTaken, type StoredRecord } from '../data';
import { failure, success, userError, type Outcome } from '../domain/common/user-error';
import type { ServiceContext } from './context';
import { asFailure, newId } from './write';

/**
 * Creates with an idempotency key: a retry with the same key and input returns the
 * first result and writes nothing; the same key with another input is INVALID.
 * The key fixes the new record's id (per caller and type), so the record itself is
 * the proof of the first success; a claim holds the hash of the input that used
 * the key, and is released when that create failed, so a corrected retry may reuse it.
 */
export const idempotent = async <T>(
  ctx: ServiceContext,
  jur: string,
  type: string,
  key: string | null | undefined,
  input: unknown,
  create: (id: string) => Promise<Outcome<StoredRecord<T>>>,
): Promise<Outcome<StoredRecord<T>>> => {
  const trimmed = key?.trim();
  if (!trimmed || !ctx.scope.writable.has(jur)) return create(newId());
  if (trimmed.length > 200) return failure(userError('INVALID', 'An idempotency key is at most 200 characters', ['input', 'idempotencyKey']));
  const id = createHash('sha256').update(`${ctx.caller.subject}|${type}|${jur}|${trimmed}`).digest('hex').slice(0, 20);
  const claim = `idem#${type}#${id}`;
  const inputHash = createHash('sha256').update(stableJson(input)).digest('hex');
  try {
    await ctx.store.claim(ctx.scope, jur, claim, inputHash, async () => true);
  } catch (error) {
    if (error instanceof ClaimTaken) {
      return failure(userError('INVALID', 'This idempotencyKey was already used with a different input', ['input', 'idempotencyKey']));
    }
    return asFailure(error);
  }
  const earlier = await ctx.store.getRecord<T>({ type, jur, id }, true);
  if (earlier && !earlier.deleted) return success(earlier);
  const outcome = await create(id);
  if (!outcome.ok) await ctx.store.releaseClaim(ctx.scope, jur, claim, inputHash);
  return outcome;
};

/** JSON with sorted keys, so the same input hashes the same whatever the key order. */
const stableJson = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).filter(([k]) => k !== 'idempotencyKey').sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );

/**
 * The same guarantee for a create that derives its own id from the key (keyedId): claims
 * the key for this input's hash, then returns the record an earlier identical request
 * made, if any. Call it after validation, right before writing.
 */
export const replayKey = async <T>(
  ctx: ServiceContext,
  jur: string,
  type: string,
  id: string,
  key: string | null | undefined,
  input: unknown,
): Promise<Outcome<StoredRecord<T> | null>> => {
  if (!key?.trim()) return success(null);
  const inputHash = createHash('sha256').update(stableJson(input)).digest('hex');
  try {
    await ctx.store.claim(ctx.scope, jur, `idem#${type}#${id}`, inputHash, async () => true);
  } catch (error) {
    if (error instanceof ClaimTaken) {
      return failure(userError('INVALID', 'This idempotencyKey was already used with a different input', ['input', 'idempotencyKey']));
    }
    return asFailure(error);
  }
  const earlier = await ctx.store.getRecord<T>({ type, jur, id }, true);
  return success(earlier && !earlier.deleted ? earlier : null);
};
