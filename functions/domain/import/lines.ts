/**
 * From raw text to blocks: text lines and tables. Handles plain text, Markdown copies
 * (`| … |` rows, `#` headings, bold) and pages scraped from the web, whose table cells
 * end in ` |`, are broken over lines, and whose empty cells are bare `|` lines.
 */
import { nfc } from '../text/vietnamese';

interface TextBlock {
  readonly kind: 'line';
  readonly text: string;
  /** A Markdown heading level, or 0. */
  readonly heading: number;
  /** The whole line was bold in the source (`**…**`). */
  readonly bold: boolean;
}

export interface TableRow {
  readonly cells: readonly string[];
  /** Every non-empty cell was bold in the source. */
  readonly bold: boolean;
}

export interface TableBlock {
  readonly kind: 'table';
  readonly rows: readonly TableRow[];
}

interface BlankBlock {
  readonly kind: 'blank';
}

export type Block = TextBlock | TableBlock | BlankBlock;

/** True for bytes that are not a text document (a PDF, an image, a zip). */
export function looksBinary(text: string): boolean {
  if (text.startsWith('%PDF') || text.startsWith('PK\u0003\u0004')) return true;
  const sample = text.slice(0, 4000);
  let control = 0;
  for (const ch of sample) {
    const c = ch.charCodeAt(0);
    if (c === 0 || c === 0xfffd || (c < 9) || (c > 13 && c < 32)) control += 1;
  }
  return sample.length > 0 && control / sample.length > 0.02;
}

const BOLD = /\*\*(.+?)\*\*|__(.+?)__/g;
const ITALIC = /(^|[\s(:])\*([^*\s][^*]*?)\*(?=[\s).,:;]|$)/g;

/** Drops Markdown emphasis and HTML line breaks; keeps the words. */
function stripInline(s: string): string {
  return s
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(BOLD, (_m, a: string | undefined, b: string | undefined) => a ?? b ?? '')
    .replace(ITALIC, (_m, pre: string, t: string) => pre + t)
    .replace(/\\([*_|#\-.])/g, '$1')
    .replace(/[ \t\u00a0\u2002-\u200b]+/g, ' ')
    .trim();
}

function isBoldWhole(s: string): boolean {
  const t = s.trim();
  return /^\*\*[^*].*\*\*$/.test(t) || /^__[^_].*__$/.test(t);
}

/** Cleans the raw text: NFC, one kind of newline, no invisible characters. */
function cleanText(raw: string): string {
  return nfc(raw)
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u200b-\u200d\u2060]/g, '')
    .replace(/\u00a0/g, ' ')
    .replace(/\t/g, ' ');
}

const MD_ROW = /^\|.*\|\s*$/;
const MD_SEPARATOR = /^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;
/** A line of a scraped table: text ending in ` |`, or a bare `|`. */
const CELL_END = /\|\s*$/;

function splitMdRow(line: string): TableRow {
  const inner = line.trim().replace(/^\|/, '').replace(/\|\s*$/, '');
  const parts = inner.split(/(?<!\\)\|/);
  const raw = parts.map((p) => p.trim());
  const nonEmpty = raw.filter((c) => c.length > 0);
  return { cells: raw.map(stripInline), bold: nonEmpty.length > 0 && nonEmpty.every(isBoldWhole) };
}

/** A scraped cell stream: each cell's text, null for a bare `|`. */
type CellToken = string | null;

const TABLE_HEADER_WORDS =
  /^(stt|tt|so tt|chi tieu|ten chi tieu|noi dung|nhiem vu|don vi tinh|dvt|co quan chu tri|don vi chu tri|ket qua|san pham|thoi gian|thoi gian thuc hien|co quan phoi hop|don vi phoi hop)\b/;

function foldLite(s: string): string {
  return s
    .toLowerCase()
    .replace(/đ/g, 'd')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .normalize('NFC')
    .trim();
}

/**
 * Reads a scraped cell stream as a table when its first row names table columns.
 * Rows are separated by a bare `|`; an empty cell is also a bare `|`, so each row is
 * read as exactly as many cells as the header has. A row whose first cell is not a row
 * number and which is followed at once by a separator is a group row of one cell.
 */
function streamToTable(tokens: readonly CellToken[]): TableRow[] | null {
  let i = 0;
  while (i < tokens.length && tokens[i] === null) i += 1;
  const header: string[] = [];
  while (i < tokens.length && tokens[i] !== null) {
    header.push(tokens[i] as string);
    i += 1;
  }
  if (header.length < 2) return null;
  const headerHits = header.filter((h) => TABLE_HEADER_WORDS.test(foldLite(h))).length;
  if (headerHits < 2) return null;
  const n = header.length;
  const rows: TableRow[] = [{ cells: header, bold: false }];
  const isCode = (t: CellToken): boolean => t !== null && /^([0-9]+(\.[0-9]+)*\.?|[IVXLC]+\.?|[A-Za-z]\.?)$/.test(t.trim());
  while (i < tokens.length) {
    // Skip the row separator; a cell where a separator belongs starts a row at once.
    if (tokens[i] === null) i += 1;
    if (i >= tokens.length) break;
    const cells: string[] = [];
    const first = tokens[i] ?? null;
    if (first !== null && !isCode(first) && tokens[i + 1] === null && isCode(tokens[i + 2] ?? null)) {
      rows.push({ cells: [first], bold: false });
      i += 1;
      continue;
    }
    while (cells.length < n && i < tokens.length) {
      const t = tokens[i];
      cells.push(t ?? '');
      i += 1;
    }
    rows.push({ cells, bold: false });
  }
  return rows;
}

/**
 * Splits cleaned text into blocks. Markdown rows become tables; scraped cell streams
 * become tables when they start with a header row, otherwise their cells become lines.
 */
export function toBlocks(text: string): Block[] {
  const raw = splitColumns(cleanText(text).split('\n'));
  const blocks: Block[] = [];
  let mdRows: TableRow[] = [];
  let mdRaw: string[] = [];
  const flushMd = (): void => {
    if (mdRows.length > 0) {
      if (isLayoutTable(mdRows, mdRaw)) blocks.push(...layoutLines(mdRaw));
      else blocks.push({ kind: 'table', rows: mdRows });
    }
    mdRows = [];
    mdRaw = [];
  };
  let i = 0;
  while (i < raw.length) {
    const line = (raw[i] ?? '').trim();
    if (MD_ROW.test(line) && line.length > 1 && (line.match(/\|/g) ?? []).length >= 3) {
      if (!MD_SEPARATOR.test(line)) {
        mdRows.push(splitMdRow(line));
        mdRaw.push(line);
      }
      i += 1;
      continue;
    }
    if (MD_SEPARATOR.test(line) && mdRows.length > 0 && line.includes('|')) {
      i += 1;
      continue;
    }
    flushMd();
    if (line === '' ) {
      blocks.push({ kind: 'blank' });
      i += 1;
      continue;
    }
    // A scraped cell stream: lines ending in `|` (bare `|` included), with cells broken
    // over lines (a line without `|` directly followed by the rest of the cell).
    if (CELL_END.test(line) || startsCellStream(raw, i)) {
      const tokens: CellToken[] = [];
      let partial: string[] = [];
      let j = i;
      for (; j < raw.length; j += 1) {
        const l = (raw[j] ?? '').trim();
        if (l === '') {
          if (partial.length > 0) continue;
          // blank lines inside a stream are allowed when the stream goes on
          if (nextNonBlankEndsCell(raw, j)) continue;
          break;
        }
        if (MD_ROW.test(l) && (l.match(/\|/g) ?? []).length >= 3) break;
        if (CELL_END.test(l)) {
          const cellText = l.replace(/\|\s*$/, '').trim();
          if (cellText === '' && partial.length === 0) tokens.push(null);
          else tokens.push(stripInline([...partial, cellText].join(' ')));
          partial = [];
          continue;
        }
        if (continuesCell(raw, j)) {
          partial.push(l);
          continue;
        }
        break;
      }
      if (partial.length > 0) j -= partial.length;
      const table = streamToTable(tokens);
      if (table) blocks.push({ kind: 'table', rows: table });
      else {
        for (const t of tokens) if (t !== null && t !== '') blocks.push({ kind: 'line', text: t, heading: 0, bold: false });
      }
      i = Math.max(j, i + 1);
      continue;
    }
    const heading = /^(#{1,6})\s+/.exec(line);
    const body = heading ? line.slice(heading[0].length) : line.replace(/^>\s*/, '');
    const bold = isBoldWhole(body);
    const t = stripInline(body);
    if (t !== '' && !/^[-*_=]{3,}$/.test(t)) blocks.push({ kind: 'line', text: t, heading: heading ? (heading[1] ?? '').length : 0, bold });
    i += 1;
  }
  flushMd();
  return blocks;
}

/** A line without `|` whose cell goes on in the next line(s), which end in ` |`. */
function continuesCell(raw: readonly string[], j: number): boolean {
  for (let k = j + 1; k < raw.length && k <= j + 3; k += 1) {
    const l = (raw[k] ?? '').trim();
    if (l === '') return false;
    if (l === '|') return false;
    if (CELL_END.test(l)) return !MD_ROW.test(l) || (l.match(/\|/g) ?? []).length < 3;
  }
  return false;
}

function startsCellStream(raw: readonly string[], i: number): boolean {
  return continuesCell(raw, i);
}

function nextNonBlankEndsCell(raw: readonly string[], j: number): boolean {
  for (let k = j + 1; k < raw.length; k += 1) {
    const l = (raw[k] ?? '').trim();
    if (l === '') continue;
    return CELL_END.test(l) && !(MD_ROW.test(l) && (l.match(/\|/g) ?? []).length >= 3);
  }
  return false;
}

/** A run of spaces wide enough to separate two columns laid side by side (`pdftotext -layout`). */
const COLUMN_GAP = 5;

/** The one wide gap in a line, or null: justified text has several narrower gaps, a layout has one. */
function columnGap(line: string): { left: string; right: string; at: number } | null {
  if (/^\s*\|/.test(line) || CELL_END.test(line)) return null;
  const gaps = [...line.matchAll(/(?<=\S) {3,}(?=\S)/g)];
  if (gaps.length !== 1) return null;
  const g = gaps[0] as RegExpMatchArray;
  if (g[0].length < COLUMN_GAP) return null;
  const at = (g.index ?? 0) + g[0].length;
  return { left: line.slice(0, g.index).trim(), right: line.slice(at).trim(), at };
}

/**
 * Two columns printed side by side (a header "Số: 12/KH-UBND      Hà Nội, ngày …", the
 * "Nơi nhận" list beside the signature) become the left column's lines, then the right
 * column's. A group is a run of non-blank lines of which at least one has one wide gap; a
 * line of the group without a gap goes right when it is indented as far as the right column.
 */
export function splitColumns(lines: readonly string[]): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < lines.length) {
    if ((lines[i] ?? '').trim() === '') {
      out.push(lines[i] ?? '');
      i += 1;
      continue;
    }
    let j = i;
    while (j < lines.length && (lines[j] ?? '').trim() !== '') j += 1;
    const group = lines.slice(i, j);
    const gaps = group.map(columnGap);
    const starts = gaps.filter((g): g is NonNullable<typeof g> => g !== null).map((g) => g.at);
    if (starts.length === 0) {
      out.push(...group);
    } else {
      const rightAt = Math.min(...starts);
      const left: string[] = [];
      const right: string[] = [];
      group.forEach((l, k) => {
        const g = gaps[k];
        if (g) {
          left.push(g.left);
          right.push(g.right);
        } else if (l.length - l.trimStart().length >= rightAt - 3) right.push(l.trim());
        else left.push(l.trim());
      });
      out.push(...left.filter((l) => l !== ''), '', ...right.filter((l) => l !== ''));
    }
    i = j;
  }
  return out;
}

/**
 * A Markdown table used for layout, not data: cells broken into lines with `<br>` (a
 * header "CHÍNH PHỦ<br>---" beside "CỘNG HÒA …", the "Nơi nhận" list beside the signature),
 * at most three columns, and a first row that names no table columns.
 */
function isLayoutTable(rows: readonly TableRow[], raw: readonly string[]): boolean {
  if (!raw.some((l) => /<br\s*\/?>/i.test(l))) return false;
  if (rows.some((r) => r.cells.length > 3)) return false;
  const first = rows[0]?.cells ?? [];
  return first.filter((c) => TABLE_HEADER_WORDS.test(foldLite(c))).length < 2;
}

/** A layout table's cells as lines, row by row and cell by cell, each `<br>` a line break. */
function layoutLines(raw: readonly string[]): Block[] {
  const out: Block[] = [];
  for (const line of raw) {
    const inner = line.trim().replace(/^\|/, '').replace(/\|\s*$/, '');
    for (const c of inner.split(/(?<!\\)\|/)) {
      for (const piece of c.split(/<br\s*\/?>/i)) {
        const t = stripInline(piece);
        if (t !== '' && !/^[-*_=]{3,}$/.test(t)) out.push({ kind: 'line', text: t, heading: 0, bold: isBoldWhole(piece) });
      }
      out.push({ kind: 'blank' });
    }
  }
  return out;
}
