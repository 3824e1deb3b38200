/**
 * The one table spec. Plain data, no imports: the CDK stack, the local emulator
 * (dynalite) and the repositories all read it, so the three cannot drift.
 *
 * Every partition key starts with the jurisdiction code, so tenancy is in the keys
 * (DESIGN.md §5) and the data layer can refuse a key outside the caller's scope.
 */

type AttributeType = 'S' | 'N';

export interface KeySpec {
  readonly name: string;
  readonly type: AttributeType;
}

interface IndexSpec {
  readonly name: string;
  readonly partitionKey: KeySpec;
  readonly sortKey: KeySpec;
}

export type TableId = 'Records' | 'Audit' | 'Control';

export interface TableSpec {
  /** Logical id, also the suffix of the physical table name. */
  readonly id: TableId;
  readonly description: string;
  readonly partitionKey: KeySpec;
  readonly sortKey: KeySpec;
  readonly indexes: readonly IndexSpec[];
}

const S = (name: string): KeySpec => ({ name, type: 'S' });
const N = (name: string): KeySpec => ({ name, type: 'N' });

/**
 * Current state of every entity (plans, tasks, agencies, indicators, startups …).
 * pk `{jur}#{Type}#{id}`, sk `R`. Deletes are tombstones that stay here.
 */
const recordsTable: TableSpec = {
  id: 'Records',
  description: 'current state of every entity, one item per entity',
  partitionKey: S('pk'),
  sortKey: S('sk'),
  indexes: [
    // All entities of one type in one jurisdiction, in a natural order (number, code, name).
    { name: 'byType', partitionKey: S('tpk'), sortKey: S('tsk') },
    // Children of a parent (tasks of a plan, reports of a task), ordered by code or date.
    { name: 'byParent', partitionKey: S('ppk'), sortKey: S('psk') },
    // A second owner for link entities (a mentorship listed under its mentor as well as its startup).
    { name: 'byLink', partitionKey: S('lpk'), sortKey: S('lsk') },
  ],
};

/**
 * The audit trail, which is also the write-ahead log and the change feed:
 * pk `{jur}#{Type}#{id}`, sk `version`. Putting (entity, v+1) with attribute_not_exists
 * is the lock that lets exactly one writer move an entity from v to v+1.
 */
const auditTable: TableSpec = {
  id: 'Audit',
  description: 'one immutable entry per change: who, when, before, after; the change feed',
  partitionKey: S('pk'),
  sortKey: N('version'),
  indexes: [
    // The per-jurisdiction change feed, in change-number order.
    { name: 'feed', partitionKey: S('jur'), sortKey: N('seq') },
    // Everything one person changed, in time order.
    { name: 'byActor', partitionKey: S('actor'), sortKey: S('at') },
  ],
};

/**
 * Small control items that make single-item conditional writes enough:
 * counters (`{jur}#counter`), uniqueness claims, capacity reservations, idempotency keys.
 */
const controlTable: TableSpec = {
  id: 'Control',
  description: 'counters, uniqueness claims, reservations and idempotency records',
  partitionKey: S('pk'),
  sortKey: S('sk'),
  indexes: [],
};

export const tables = [recordsTable, auditTable, controlTable] as const;

/** Physical name of a table: `{prefix}-{id}`; the prefix is the stack or the local app name. */
export const tableName = (prefix: string, id: TableId): string => `${prefix}-${id}`;
