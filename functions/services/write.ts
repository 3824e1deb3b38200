import { ClaimTaken, InvalidWrite, ScopeError, VersionConflict, type ChangeRequest, type StoredRecord } from '../data';
import { failure, success, userError, type Outcome } from '../domain/common/user-error';
import type { ServiceContext } from './context';
import { refusePulledWrite } from './pulled-guard';

/** Commits a change through the write path and turns data-layer refusals into user errors. */
export const commit = async <T>(ctx: ServiceContext, change: ChangeRequest<T>): Promise<Outcome<StoredRecord<T>>> => {
  // A jurisdiction pulled from another deployment is read-only here (services/pulled-guard.ts).
  const pulled = await refusePulledWrite(ctx, change.ref.jur);
  if (pulled.length) return failure(...pulled);
  try {
    const record = await ctx.store.commit(ctx.scope, change);
    ctx.loaders.records.clear(record.pk).prime(record.pk, record as StoredRecord);
    return success(record);
  } catch (error) {
    // Refused before its change number and audit entry: give back the names it claimed, so nothing stays taken.
    if (error instanceof InvalidWrite) await ctx.store.releaseNewClaims(ctx.scope);
    return asFailure(error);
  }
};

export const asFailure = <T>(error: unknown): Outcome<T> => {
  if (error instanceof VersionConflict) {
    return failure(
      userError(
        'CONFLICT',
        `Someone changed this first: you read version ${error.expected}, it is now ${error.actual ?? 'gone'}. Read it again and retry.`,
        ['input', 'expectedVersion'],
      ),
    );
  }
  if (error instanceof ScopeError) {
    return failure(userError('FORBIDDEN', `You may not change data of jurisdiction ${error.jurisdiction}`));
  }
  if (error instanceof InvalidWrite) {
    return failure(...error.problems.map((p) => userError('INVALID', `${p.field.at(-1) ?? 'The record'} ${p.message}`, [...p.field])));
  }
  if (error instanceof ClaimTaken) {
    return failure(userError('DUPLICATE', `${error.claim.split('#').pop()} is already taken`));
  }
  throw error;
};

export const newId = (): string => crypto.randomUUID().replace(/-/g, '').slice(0, 20);
