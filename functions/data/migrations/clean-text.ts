import { cleanText, fold } from '../../domain/text/vietnamese';
import { RECORD_SK } from '../keys';
import { reindexed } from './reindex';
import { scanStep } from './step';

type Item = Record<string, unknown>;

/** Every string in a value, cleaned as input is cleaned now (NFC, no control or zero-width characters). */
const cleaned = (value: unknown): unknown => {
  if (typeof value === 'string') return cleanText(value);
  if (Array.isArray(value)) return value.map(cleaned);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cleaned(v)]));
  return value;
};

/**
 * A record's data with its text cleaned, its folded name key made again from the cleaned
 * name and its index attributes recomputed from that; null when nothing changes.
 */
export const cleanedRecord = (item: Item): Item | null => {
  if (item.sk !== RECORD_SK || !item.data || typeof item.data !== 'object') return null;
  const data = cleaned(item.data) as Item;
  const named = typeof data.name === 'string' ? data.name : typeof data.beneficiaryName === 'string' ? data.beneficiaryName : null;
  if (typeof data.nameKey === 'string' && named !== null) data.nameKey = fold(named);
  if (JSON.stringify(data) === JSON.stringify(item.data)) return null;
  const next = { ...item, data };
  return reindexed(next) ?? next;
};

/**
 * Text stored before input was cleaned (issue 14.5, issue 19): a NUL or a U+200B inside a
 * name made a second, identical-looking agency. The record keeps its version: the text is
 * what the writer meant, shown as it is now shown for new input. Names that become equal
 * to another record's after cleaning are not merged here (docs/deploy.md says how to find
 * and merge them).
 */
export const cleanStoredText = scanStep({
  name: 'records-clean-text',
  description: 'Cleans stored text as input is cleaned now: NFC, without C0/C1 controls (but \\n and \\t), U+200B, U+2060, U+FEFF; names re-folded',
  table: 'Records',
  unchangedIf: ['pk', 'version'],
  rewrite: cleanedRecord,
});
