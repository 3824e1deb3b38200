/**
 * The national side of the exchange: records pulled from provincial deployments are
 * applied into their own jurisdictions' partitions here, with a system scope for that
 * jurisdiction, keeping their ids and versions; each source's feed cursor is a Control
 * item (`pull#<source>`, sort key the jurisdiction). A pulled jurisdiction is read-only
 * for users: see services/pulled-guard.ts.
 */
import { systemScope, type IndexKeys } from '../data';
import { applyReplica, markPulled, pulledFrom, PulledElsewhere, readPullState, savePullCursor, type ReplicaRecord } from '../data/replica';
import { failure, success, userError, type Outcome, type UserError } from '../domain/common/user-error';
import type { ServiceContext } from './context';
import { rememberPulled } from './pulled-guard';
import { EXCHANGE_TYPES } from './exchange';

/** The name an erased person reads as (services/privacy.ts PERSON_ERASED_NAME; kept here so pulls do not load that module). */
const PERSON_ERASED_NAME = 'Người đã xóa dữ liệu';

const SOURCE = /^[A-Za-z0-9._-]{1,64}$/;
const ID = /^[A-Za-z0-9~._-]{1,80}$/;

export interface PullApplyResult {
  readonly applied: number;
  readonly skipped: number;
}

export interface PullStateView {
  readonly source: string;
  readonly jurisdiction: string;
  readonly cursor: string | null;
  readonly pulledAt: string | null;
  readonly taken: number;
  readonly pulledFrom: string | null;
}

const mayPull = (ctx: ServiceContext, jur: string, source: string): UserError[] => {
  if (ctx.caller.role === 'PUBLIC') return [userError('UNAUTHENTICATED', 'Pulling needs a NATIONAL token (Authorization: Bearer …)')];
  if (ctx.caller.role !== 'NATIONAL') return [userError('FORBIDDEN', 'Only a national network (NATIONAL) may pull data into this deployment')];
  if (!SOURCE.test(source)) return [userError('INVALID', 'A source name is 1–64 letters, digits, dots, dashes or underscores', ['input', 'source'])];
  if (!ctx.jurisdictions.includes(jur)) return [userError('NOT_FOUND', `This deployment does not hold jurisdiction ${jur}`, ['input', 'jurisdiction'])];
  return [];
};

/** A pulled record as the replica stores it. */
type ParsedRecord = ReplicaRecord;

const parseRecord = (raw: Record<string, unknown>, jur: string, i: number): ParsedRecord | UserError => {
  const field = ['input', 'records', String(i)];
  const { type, jurisdiction, id, version, deleted, data, index } = raw;
  if (typeof type !== 'string' || !EXCHANGE_TYPES.has(type)) return userError('INVALID', `Record ${i}: type ${String(type)} is not exchanged`, field);
  if (jurisdiction !== jur) return userError('INVALID', `Record ${i} belongs to ${String(jurisdiction)}, not ${jur}`, field);
  if (typeof id !== 'string' || !ID.test(id)) return userError('INVALID', `Record ${i}: bad id`, field);
  if (!Number.isInteger(version) || (version as number) < 1) return userError('INVALID', `Record ${i}: version must be a positive integer`, field);
  if (data !== null && data !== undefined && (typeof data !== 'object' || Array.isArray(data))) return userError('INVALID', `Record ${i}: data must be an object or null`, field);
  return {
    type,
    jur,
    id,
    version: version as number,
    deleted: deleted === true,
    data: (data as Record<string, unknown> | null | undefined) ?? null,
    index: index && typeof index === 'object' ? (index as IndexKeys) : {},
  };
};

/** Applies pulled records (newer versions only), then saves the cursor when one is given. */
export const applyPulled = async (
  ctx: ServiceContext,
  input: { source: string; jurisdiction: string; records: readonly Record<string, unknown>[]; cursor?: string | null },
): Promise<Outcome<PullApplyResult>> => {
  const { source, jurisdiction: jur } = input;
  const refused = mayPull(ctx, jur, source);
  if (refused.length) return failure(...refused);
  if (input.records.length > 500) return failure(userError('LIMIT_EXCEEDED', 'At most 500 records a call', ['input', 'records']));
  const parsed: ParsedRecord[] = [];
  for (const [i, raw] of input.records.entries()) {
    const rec = parseRecord(raw, jur, i);
    if ('code' in rec) return failure(rec);
    parsed.push(rec);
  }
  const scope = systemScope(`pull:${source}`, [jur]);
  try {
    await markPulled(ctx.store, scope, jur, source);
  } catch (error) {
    if (error instanceof PulledElsewhere) return failure(userError('FORBIDDEN', error.message, ['input', 'jurisdiction']));
    throw error;
  }
  rememberPulled(ctx.store, jur, true);
  let applied = 0;
  let skipped = 0;
  for (const rec of parsed) {
    if ((await applyReplica(ctx.store, scope, rec)) === 'APPLIED') {
      applied += 1;
      // A person erased at the source (services/privacy.ts): erase them from this replica's audit copies too.
      if (rec.data && JSON.stringify(rec.data).includes(PERSON_ERASED_NAME)) {
        const { repairErasures } = await import('./privacy');
        await repairErasures({ store: ctx.store, scope }, rec);
      }
    } else skipped += 1;
  }
  if (input.cursor) await savePullCursor(ctx.store, scope, source, jur, input.cursor, applied);
  return success({ applied, skipped });
};

export const pullState = async (ctx: ServiceContext, source: string, jur: string): Promise<Outcome<PullStateView>> => {
  const refused = mayPull(ctx, jur, source);
  if (refused.length) return failure(...refused);
  const [state, from] = await Promise.all([readPullState(ctx.store, source, jur), pulledFrom(ctx.store, jur)]);
  return success({ source, jurisdiction: jur, ...state, pulledFrom: from });
};
