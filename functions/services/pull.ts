/**
 * The national side of the exchange: records pulled from provincial deployments are
 * applied into their own jurisdictions' partitions here, with a system scope for that
 * jurisdiction, keeping their ids and versions; each source's feed cursor is a Control
 * item (`pull#<source>`, sort key the jurisdiction). Who may pull and from where:
 * services/pull-operator.ts; what a record must be: services/pull-validation.ts. A pulled
 * jurisdiction is read-only for users: see services/pulled-guard.ts.
 */
import { systemScope } from '../data';
import { clearRefusal, isStorageRefusal, listRefusals, saveRefusals, type PullRefusal } from '../data/pull-refusals';
import { applyReplica, markPulled, PulledElsewhere, savePullCursor } from '../data/replica';
import { failure, success, userError, type Outcome } from '../domain/common/user-error';
import type { ServiceContext } from './context';
import { mayPullFrom } from './pull-operator';
import { checkPulled } from './pull-validation';
import { rememberPulled } from './pulled-guard';

export { pullState,  } from './pull-operator';

/** The name an erased person reads as (services/privacy.ts PERSON_ERASED_NAME; kept here so pulls do not load that module). */
const PERSON_ERASED_NAME = 'Người đã xóa dữ liệu';

export interface PullApplyResult {
  readonly applied: number;
  readonly skipped: number;
  readonly refused: readonly PullRefusal[];
}

/**
 * Applies pulled records (newer versions only), then saves the cursor when one is given.
 * A record that breaks the rules, or that the table refuses, is refused alone and listed
 * for the operator; the cursor still moves past it, so one bad record never stops a pull.
 */
export const applyPulled = async (
  ctx: ServiceContext,
  input: { source: string; sourceUrl: string; jurisdiction: string; records: readonly Record<string, unknown>[]; cursor?: string | null },
): Promise<Outcome<PullApplyResult>> => {
  const { source, jurisdiction: jur } = input;
  const denied = mayPullFrom(ctx, jur, source, input.sourceUrl);
  if (denied.length) return failure(...denied);
  if (input.records.length > 500) return failure(userError('LIMIT_EXCEEDED', 'At most 500 records a call', ['input', 'records']));
  const scope = systemScope(`pull:${source}`, [jur]);
  try {
    await markPulled(ctx.store, scope, jur, source);
  } catch (error) {
    if (error instanceof PulledElsewhere) return failure(userError('FORBIDDEN', error.message, ['input', 'jurisdiction']));
    throw error;
  }
  rememberPulled(ctx.store, jur, true);
  const checked = await checkPulled(ctx.store, jur, input.records);
  const refused = [...checked.refused];
  const stored: { type: string; id: string; version: number }[] = [];
  let applied = 0;
  let skipped = 0;
  for (const rec of checked.records) {
    let outcome;
    try {
      outcome = await applyReplica(ctx.store, scope, rec);
    } catch (error) {
      if (!isStorageRefusal(error)) throw error;
      refused.push({ index: -1, stored: true, type: rec.type, id: rec.id, version: rec.version, reason: `cannot be stored: ${(error as Error).message}`, at: new Date().toISOString() });
      continue;
    }
    stored.push(rec);
    if (outcome === 'APPLIED') {
      applied += 1;
      // A person erased at the source (services/privacy.ts): erase them from this replica's audit copies too.
      if (rec.data && JSON.stringify(rec.data).includes(PERSON_ERASED_NAME)) {
        const { repairErasures } = await import('./privacy');
        await repairErasures({ store: ctx.store, scope }, rec);
      }
    } else skipped += 1;
  }
  const kept = refused.filter((r) => r.stored).map(({ type, id, version, reason, at }) => ({ type, id, version, reason, at }));
  await saveRefusals(ctx.store, scope, source, jur, kept);
  // A record stored at a version at least as new as the one refused is no longer refused.
  const open = new Map((await listRefusals(ctx.store, source, jur, 500)).map((r) => [`${r.type}#${r.id}`, r]));
  await Promise.all(stored.filter((r) => (open.get(`${r.type}#${r.id}`)?.version ?? Infinity) <= r.version).map((r) => clearRefusal(ctx.store, scope, source, jur, r)));
  if (input.cursor) await savePullCursor(ctx.store, scope, source, jur, input.cursor, applied);
  return success({ applied, skipped, refused: refused.map(({ type, id, version, reason, at }) => ({ type, id, version, reason, at })) });
};
