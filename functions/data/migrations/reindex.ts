import { INDEX_ATTRIBUTES, indexKeysOf } from '../entities';
import { RECORD_SK } from '../keys';
import { scanStep } from './step';

type Item = Record<string, unknown>;

/** The index attributes an item holds now. */
const heldKeys = (item: Item): Record<string, unknown> =>
  Object.fromEntries(INDEX_ATTRIBUTES.filter((name) => item[name] !== undefined).map((name) => [name, item[name]]));

/** The item with its index attributes recomputed by its entity's key design; null when they already match. */
export const reindexed = (item: Item): Item | null => {
  if (item.sk !== RECORD_SK || typeof item.type !== 'string') return null;
  const keys = indexKeysOf(
    item.type,
    { jur: String(item.jur), id: String(item.id), createdAt: String(item.createdAt), data: item.data ?? {} },
    item.deleted === true,
  ) as Record<string, unknown>;
  if (JSON.stringify(heldKeys(item), INDEX_ATTRIBUTES as unknown as string[]) === JSON.stringify(keys, INDEX_ATTRIBUTES as unknown as string[])) return null;
  const rest = Object.fromEntries(Object.entries(item).filter(([name]) => !(INDEX_ATTRIBUTES as readonly string[]).includes(name)));
  return { ...rest, ...keys };
};

/**
 * Index attributes come from functions/data/entities now, not from each service: a
 * record written before (report and actual sort keys from the service's clock, an amended
 * plan's stale date key, tombstones still listed) gets the keys its entity computes.
 */
export const recomputeIndexKeys = scanStep({
  name: 'records-recompute-index-keys',
  description: 'Recomputes every record’s index attributes (tpk/tsk, ppk/psk, lpk/lsk) from its entity’s key design',
  table: 'Records',
  unchangedIf: ['pk', 'version'],
  rewrite: reindexed,
});
