import { QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { withBefore } from './audit-entry';
import { InvalidCursor, ScopeError } from './errors';
import { recordPk, type EntityRef } from './keys';
import type { AuditEntry } from './record';
import { canReadPrivate, type DataScope } from './scope';
import type { Store } from './store';

/**
 * Reads of the audit trail (the Audit table, DESIGN.md §5–§6) for admins:
 *  - by entity: the entity's own partition (pk `{jur}#{Type}#{id}`), versions in order;
 *  - by person: the `byActor` index (actor, at), `at` between from and to, kept to one jurisdiction;
 *  - by jurisdiction and time: the `feed` index (jur, seq), filtered on `at`.
 * The audit entries hold full before/after records, drafts and personal data included,
 * so every read needs private-read scope on the jurisdiction and is refused otherwise,
 * as `store.commit` refuses writes outside the caller's scope.
 */
export type AuditSelector =
  | { readonly by: 'entity'; readonly jur: string; readonly entity: EntityRef }
  | { readonly by: 'actor'; readonly jur: string; readonly actor: string }
  | { readonly by: 'jurisdiction'; readonly jur: string };

export interface AuditRange {
  /** Inclusive lower bound on `at`, an ISO instant in UTC (`toISOString()` form). */
  readonly from?: string | null;
  /** Inclusive upper bound on `at`, same form. */
  readonly to?: string | null;
}

export interface AuditReadOptions extends AuditRange {
  /** Entries to return; one more is read to tell whether more follow. */
  readonly limit: number;
  readonly after?: string | null;
}

export interface AuditPage {
  /** At most `limit` entries, oldest first (version order for an entity, time for a person, change number for a jurisdiction). */
  readonly items: AuditEntry[];
  readonly hasNextPage: boolean;
}

/** Items read per round trip when a filter may drop some of them. */
const FILTERED_BATCH = 200;

/** Where a selector reads: the index (none for the table itself), its key names and the partition value. */
interface Source {
  readonly index: 'feed' | 'byActor' | null;
  readonly pkName: string;
  readonly skName: string;
  readonly partition: string;
}

const sourceOf = (selector: AuditSelector): Source => {
  switch (selector.by) {
    case 'entity':
      return { index: null, pkName: 'pk', skName: 'version', partition: recordPk(selector.entity) };
    case 'actor':
      return { index: 'byActor', pkName: 'actor', skName: 'at', partition: selector.actor };
    case 'jurisdiction':
      return { index: 'feed', pkName: 'jur', skName: 'seq', partition: selector.jur };
  }
};

/**
 * The list a cursor belongs to: the selector, its jurisdiction and the time range.
 * A cursor is honoured only by the very list that gave it out.
 */
const listTag = (selector: AuditSelector, range: AuditRange): string =>
  JSON.stringify([selector.by, selector.jur, sourceOf(selector).partition, range.from ?? null, range.to ?? null]);

const assertReadable = (scope: DataScope, selector: AuditSelector): void => {
  if (!canReadPrivate(scope, selector.jur)) throw new ScopeError(selector.jur, 'read');
  if (selector.by === 'entity' && selector.entity.jur !== selector.jur) throw new ScopeError(selector.entity.jur, 'read');
};

export class AuditReads {
  constructor(private readonly store: Store) {}

  /** The cursor just after `entry` in the list of `selector` over `range`. */
  cursorOf(selector: AuditSelector, range: AuditRange, entry: AuditEntry): string {
    const source = sourceOf(selector);
    const record = entry as unknown as Record<string, unknown>;
    const key: Record<string, unknown> = { pk: entry.pk, version: entry.version };
    if (source.index) {
      key[source.pkName] = record[source.pkName];
      key[source.skName] = record[source.skName];
    }
    return this.store.cursors.seal(listTag(selector, range), key);
  }

  /** One page of audit entries; throws ScopeError outside the caller's private-read scope, InvalidCursor for a foreign cursor. */
  async list(scope: DataScope, selector: AuditSelector, options: AuditReadOptions): Promise<AuditPage> {
    assertReadable(scope, selector);
    const source = sourceOf(selector);
    const range: AuditRange = { from: options.from ?? null, to: options.to ?? null };
    let start = options.after ? checkKey(this.store.cursors.open(listTag(selector, range), options.after), source) : undefined;
    const request = queryOf(this.store.table('Audit'), selector, source, range);
    const filtered = Boolean(request.FilterExpression);
    const want = options.limit + 1;
    const items: AuditEntry[] = [];
    do {
      const out = await this.store.client.send(
        new QueryCommand({
          ...request,
          Limit: filtered ? Math.max(want, FILTERED_BATCH) : want - items.length,
          ...(start ? { ExclusiveStartKey: start } : {}),
        }),
      );
      items.push(...((out.Items ?? []) as AuditEntry[]));
      start = out.LastEvaluatedKey;
    } while (items.length < want && start);
    return { items: await withBefore(this.store, items.slice(0, options.limit)), hasNextPage: items.length > options.limit };
  }
}

const queryOf = (table: string, selector: AuditSelector, source: Source, range: AuditRange): QueryCommandInput => {
  const names: Record<string, string> = { '#pk': source.pkName };
  const values: Record<string, unknown> = { ':pk': source.partition };
  const filters: string[] = [];
  let keyCondition = '#pk = :pk';

  const onAt: string[] = [];
  if (range.from) {
    values[':from'] = range.from;
    onAt.push('#at >= :from');
  }
  if (range.to) {
    values[':to'] = range.to;
    onAt.push('#at <= :to');
  }
  if (onAt.length) names['#at'] = 'at';

  if (selector.by === 'actor') {
    // `at` is the index's sort key: the range is a key condition, the jurisdiction a filter.
    if (range.from && range.to) keyCondition += ' AND #at BETWEEN :from AND :to';
    else if (onAt.length) keyCondition += ` AND ${onAt[0]}`;
    names['#jur'] = 'jur';
    values[':jur'] = selector.jur;
    filters.push('#jur = :jur');
  } else {
    filters.push(...onAt);
  }

  return {
    TableName: table,
    ...(source.index ? { IndexName: source.index } : { ConsistentRead: true }),
    KeyConditionExpression: keyCondition,
    ...(filters.length ? { FilterExpression: filters.join(' AND ') } : {}),
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: values,
    ScanIndexForward: true,
    ReturnConsumedCapacity: 'TOTAL',
  };
};

/** The sealed key still has the shape of this source's keys (a codec change would show here first). */
const checkKey = (k: unknown, source: Source): Record<string, unknown> => {
  if (!k || typeof k !== 'object') throw new InvalidCursor();
  const key = k as Record<string, unknown>;
  const names = ['pk', 'version', ...(source.index ? [source.pkName, source.skName] : [])];
  if (Object.keys(key).length !== new Set(names).size || !names.every((name) => name in key)) throw new InvalidCursor();
  if (typeof key.pk !== 'string' || typeof key.version !== 'number') throw new InvalidCursor();
  if (key[source.pkName] !== source.partition) throw new InvalidCursor();
  return key;
};
