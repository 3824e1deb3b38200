import { AuditReads, type AuditEntry, type AuditRange, type AuditSelector } from '../data';
import { failure, success, userError, type Outcome } from '../domain/common/user-error';
import { isAdminOf } from './caller';
import type { ServiceContext } from './context';
import type { Slice } from './paging';

/**
 * The audit trail for admins (DESIGN.md §6: every change audited — who, when,
 * before/after): by object, by person, or a whole jurisdiction by time range.
 * Only a province admin of the jurisdiction may list it; the data layer checks
 * the jurisdiction again.
 */

/**
 * Field names whose values never leave the audit trail (personal data, DESIGN.md §6).
 * A top-level field on this list is not reported at all; the same names nested inside
 * another field's value (a founder's `email` inside `founders`) are removed from it.
 * Ecosystem: extend this list whenever a stored record gains a personal-data field.
 */
const AUDIT_HIDDEN_FIELDS: ReadonlySet<string> = new Set(['contacts', 'contact', 'email', 'phone']);

interface AuditFieldChange {
  readonly field: string;
  /** JSON text of the value before; null when absent. */
  readonly before: string | null;
  /** JSON text of the value after; null when absent. */
  readonly after: string | null;
}

/** One audit entry as admins see it: no before/after records, only the changed fields. */
export interface AuditTrailEntry {
  readonly type: string;
  readonly jur: string;
  readonly id: string;
  readonly version: number;
  readonly op: string;
  readonly actor: string;
  readonly at: string;
  readonly note: string | null;
  readonly changes: readonly AuditFieldChange[];
}

export interface AuditFilterInput {
  readonly jurisdiction: string;
  /** The object, already decoded from its global ID; null when the ID did not decode. */
  readonly entity?: { readonly type: string; readonly jur: string; readonly id: string } | null;
  /** True when the client gave an entity ID (so a null `entity` means it did not decode). */
  readonly entityGiven?: boolean;
  readonly actor?: string | null;
  readonly from?: string | null;
  readonly to?: string | null;
}

export const listAuditTrail = async (
  ctx: ServiceContext,
  filter: AuditFilterInput,
  first: number,
  after: string | null,
): Promise<Outcome<Slice<AuditTrailEntry>>> => {
  const jur = filter.jurisdiction;
  if (ctx.caller.role === 'PUBLIC') return failure(userError('UNAUTHENTICATED', 'The audit trail needs a token (Authorization: Bearer …)'));
  if (!isAdminOf(ctx.caller, jur)) {
    return failure(userError('FORBIDDEN', `Only a province admin of jurisdiction ${jur} may read its audit trail`));
  }

  const selected = selectorOf(filter);
  if (!selected.ok) return selected;
  const range = rangeOf(filter);
  if (!range.ok) return range;

  const selector = selected.value;
  const reads = new AuditReads(ctx.store);
  const page = await reads.list(ctx.scope, selector, { ...range.value, limit: first, after });
  const byKey = new Map<AuditTrailEntry, AuditEntry>();
  const items = page.items.map((entry) => {
    const view = viewOf(entry);
    byKey.set(view, entry);
    return view;
  });
  return success({
    items,
    hasNextPage: page.hasNextPage,
    hasPreviousPage: after !== null,
    cursorOf: (item) => reads.cursorOf(selector, range.value, byKey.get(item) as AuditEntry),
  });
};

const selectorOf = (filter: AuditFilterInput): Outcome<AuditSelector> => {
  const jur = filter.jurisdiction;
  const hasEntity = Boolean(filter.entityGiven) || Boolean(filter.entity);
  const hasActor = filter.actor !== undefined && filter.actor !== null;
  if (hasEntity && hasActor) {
    return failure(userError('INVALID', 'Give at most one of entity and actor', ['filter']));
  }
  if (hasEntity) {
    const entity = filter.entity;
    if (!entity) return failure(userError('INVALID', 'entity is not an ID this API gave out', ['filter', 'entity']));
    if (entity.jur !== jur) {
      return failure(userError('INVALID', `entity belongs to jurisdiction ${entity.jur}, not ${jur}`, ['filter', 'entity']));
    }
    return success({ by: 'entity', jur, entity });
  }
  if (hasActor) {
    const actor = filter.actor as string;
    if (!actor.trim() || actor.length > 256) return failure(userError('INVALID', 'actor must be a token subject (1–256 characters)', ['filter', 'actor']));
    return success({ by: 'actor', jur, actor });
  }
  return success({ by: 'jurisdiction', jur });
};

/** The range in the stored form of `at` (UTC, toISOString), so strings compare as instants. */
const rangeOf = (filter: AuditFilterInput): Outcome<AuditRange> => {
  const from = filter.from ? new Date(filter.from) : null;
  const to = filter.to ? new Date(filter.to) : null;
  if (from && Number.isNaN(from.getTime())) return failure(userError('INVALID', 'from is not an instant', ['filter', 'from']));
  if (to && Number.isNaN(to.getTime())) return failure(userError('INVALID', 'to is not an instant', ['filter', 'to']));
  if (from && to && from.getTime() > to.getTime()) return failure(userError('INVALID', 'from is after to', ['filter', 'from']));
  return success({ from: from?.toISOString() ?? null, to: to?.toISOString() ?? null });
};

const viewOf = (entry: AuditEntry): AuditTrailEntry => ({
  type: entry.type,
  jur: entry.jur,
  id: entry.id,
  version: entry.version,
  op: entry.op,
  actor: entry.actor,
  at: entry.at,
  note: entry.note ?? null,
  changes: changesOf(entry.before?.data, entry.after.data),
});

/** The top-level fields of `data` whose values differ, as JSON text, personal data left out. */
const changesOf = (before: unknown, after: unknown): AuditFieldChange[] => {
  const a = asObject(before);
  const b = asObject(after);
  const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((f) => !AUDIT_HIDDEN_FIELDS.has(f)).sort();
  const changes: AuditFieldChange[] = [];
  for (const field of fields) {
    const was = field in a && a[field] !== undefined ? stableJson(a[field]) : null;
    const is = field in b && b[field] !== undefined ? stableJson(b[field]) : null;
    if (was !== is) changes.push({ field, before: was, after: is });
  }
  return changes;
};

const asObject = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

/** JSON with object keys sorted (stored maps keep no key order) and hidden fields removed at every depth. */
const stableJson = (value: unknown): string => JSON.stringify(clean(value));

const clean = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(clean);
  if (value instanceof Set) return [...value].map(clean);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      if (!AUDIT_HIDDEN_FIELDS.has(key)) out[key] = clean((value as Record<string, unknown>)[key]);
    }
    return out;
  }
  return value;
};
