/**
 * Drops a repeated run of blocks: scraped pages often repeat the document's header
 * block (number, place and date, the legal bases, the first section), so the parser
 * would read each legal basis and objective twice. A run is a repeat when at least
 * three consecutive blocks, with at least 200 characters between them, equal an
 * earlier run.
 */
import type { Block } from './lines';

function key(b: Block): string | null {
  if (b.kind === 'blank') return null;
  if (b.kind === 'line') return b.text.replace(/\s+/g, ' ').trim();
  return b.rows.map((r) => r.cells.join('|')).join('\n');
}

const MIN_BLOCKS = 3;
const MIN_CHARS = 200;

export function dropRepeatedRuns(blocks: readonly Block[]): { blocks: Block[]; dropped: number } {
  const items = blocks.filter((b) => b.kind !== 'blank');
  const keys = items.map(key) as string[];
  const firstSeen = new Map<string, number[]>();
  const out: Block[] = [];
  let dropped = 0;
  let j = 0;
  while (j < items.length) {
    const k = keys[j] as string;
    let best = 0;
    for (const i of firstSeen.get(k) ?? []) {
      let len = 0;
      let chars = 0;
      while (i + len < j && j + len < items.length && keys[i + len] === keys[j + len]) {
        chars += (keys[j + len] as string).length;
        len += 1;
      }
      if (len >= MIN_BLOCKS && chars >= MIN_CHARS && len > best) best = len;
    }
    if (best > 0) {
      dropped += best;
      j += best;
      continue;
    }
    const seen = firstSeen.get(k);
    if (seen) seen.push(j);
    else firstSeen.set(k, [j]);
    out.push(items[j] as Block);
    j += 1;
  }
  return { blocks: reinsertBlanks(blocks, out), dropped };
}

/** Keeps paragraph boundaries: a blank before a kept block stays. */
function reinsertBlanks(original: readonly Block[], kept: readonly Block[]): Block[] {
  const keep = new Set(kept);
  const out: Block[] = [];
  let pendingBlank = false;
  for (const b of original) {
    if (b.kind === 'blank') {
      pendingBlank = true;
      continue;
    }
    if (!keep.has(b)) {
      pendingBlank = false;
      continue;
    }
    if (pendingBlank && out.length > 0) out.push({ kind: 'blank' });
    pendingBlank = false;
    out.push(b);
  }
  return out;
}
