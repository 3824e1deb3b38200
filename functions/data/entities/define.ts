import type { IndexKeys } from '../record';

/** What an entity's keys are computed from: the record's identity, its creation time and its own data. */
export interface KeySource<D> {
  readonly jur: string;
  readonly id: string;
  readonly createdAt: string;
  readonly data: D;
}

/**
 * One entity's key design, as ElectroDB's entity definitions hold it: where the record is
 * listed (the index attributes, computed from its data only, so the write path, the
 * puller and a migration all compute the same keys) and why each index is used.
 */
export interface EntityDefinition<D> {
  readonly type: string;
  /** One line per index this entity uses: which access pattern it serves. */
  readonly indexes: Partial<Record<'byType' | 'byParent' | 'byLink', string>>;
  keys(record: KeySource<D>): IndexKeys;
}

export const defineEntity = <D>(definition: EntityDefinition<D>): EntityDefinition<D> => definition;
