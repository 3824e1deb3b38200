/**
 * The terms of the search index (functions/data/search-index.ts): a record is filed under
 * every word position of its searchable text, by the next few folded words from there
 * ("khoi nghiep nong nghiep" from "Khởi nghiệp nông nghiệp Hà Quảng", then "nghiep nong
 * nghiep ha", …). A query is the same folding of its words, and finds a record when it is
 * the start of one of its phrases: so "khoi nghiep" finds "Khởi nghiệp", "khoi ngh" too
 * (the last word may be cut), and words must stand in the text in the query's order.
 *
 * One item per position, not per word and prefix, keeps the index at about one item per
 * word of text, and lets a page of results be one Query with `begins_with`.
 */
import { searchWords } from './vietnamese';

/** Words per phrase: longer queries are matched on their first words, then checked on the text. */
const PHRASE_WORDS = 4;

/**
 * Bytes of a phrase (UTF-8), far under DynamoDB's 1,024-byte sort key with the record's type
 * and id after it. A longer phrase is cut, at a character boundary, and so is a query.
 */
export const PHRASE_BYTES = 160;

const utf8 = new TextEncoder();

/** `s` cut to at most `bytes` UTF-8 bytes without splitting a character. */
export const cutToBytes = (s: string, bytes: number): string => {
  if (utf8.encode(s).length <= bytes) return s;
  let out = '';
  let used = 0;
  for (const ch of s) {
    const size = utf8.encode(ch).length;
    if (used + size > bytes) break;
    out += ch;
    used += size;
  }
  return out;
};

const phraseAt = (words: readonly string[], i: number): string => cutToBytes(words.slice(i, i + PHRASE_WORDS).join(' '), PHRASE_BYTES);

/** The distinct phrases texts are filed under, from every word position of each text. */
export const indexPhrases = (texts: readonly string[]): string[] => {
  const out = new Set<string>();
  for (const text of texts) {
    const words = searchWords(text);
    for (let i = 0; i < words.length; i++) out.add(phraseAt(words, i));
  }
  return [...out];
};

export interface SearchQuery {
  /** What a phrase must start with; empty when the query has no words. */
  readonly prefix: string;
  /** All the query's words, for queries longer than a phrase. */
  readonly words: readonly string[];
}

export const searchQuery = (query: string): SearchQuery => {
  const words = searchWords(query);
  return { prefix: words.length ? phraseAt(words, 0) : '', words };
};

/** True when the query's words stand in one of the texts in order, the last one possibly cut. */
export const containsPhrase = (texts: readonly string[], query: SearchQuery): boolean => {
  if (!query.words.length) return false;
  const n = query.words.length;
  return texts.some((text) => {
    const words = searchWords(text);
    for (let i = 0; i + n <= words.length; i++) {
      let ok = true;
      for (let k = 0; k < n && ok; k++) {
        const w = words[i + k]!;
        const q = query.words[k]!;
        ok = k === n - 1 ? w.startsWith(q) : w === q;
      }
      if (ok) return true;
    }
    return false;
  });
};

/** DynamoDB orders string keys by their UTF-8 bytes; JavaScript by UTF-16 units. Keys compare here as DynamoDB does. */
export const compareBytes = (a: string, b: string): number => Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
