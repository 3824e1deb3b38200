/**
 * The document's header: number, kind, issuer, place and date, title, signer,
 * jurisdiction, period. Reads the hosting site's metadata table where there is one
 * ("Số hiệu | 151/KH-UBND", "Ngày ban hành | 02/12/2025"), else the header block.
 */
import type { IsoDate, LegalDocumentKind } from '../plan/model';
import { fold } from '../text/vietnamese';
import type { Block } from './lines';
import { isNationalIssuer, isNationalSymbol, provinceByName, provinceIn, type Province } from './provinces';
import { findDate, findDocNumbers, kindFromNumber, parseDateCell } from './refs';
import type { DraftKind } from './types';

export interface Header {
  readonly number: string | null;
  readonly kind: DraftKind;
  readonly attachedKind: 'PLAN' | 'PROGRAMME' | null;
  readonly issuer: string | null;
  readonly place: string | null;
  readonly jurisdiction: string | null;
  readonly issuedOn: IsoDate | null;
  readonly effectiveOn: IsoDate | null;
  readonly title: string | null;
  readonly signer: string | null;
  readonly signerTitle: string | null;
  readonly periodFrom: number | null;
  readonly periodTo: number | null;
  readonly orientationYear: number | null;
  /** Index of the block after the header (where the preamble starts). */
  readonly bodyStart: number;
  /** Fields found / fields asked, for the confidence. */
  readonly found: number;
}

const META_KEYS: Readonly<Record<string, string>> = {
  'so hieu': 'number',
  'so ky hieu': 'number',
  'ngay ban hanh': 'issuedOn',
  'ngay co hieu luc': 'effectiveOn',
  'loai van ban': 'kind',
  'co quan ban hanh': 'issuer',
  'noi ban hanh': 'issuer',
  'nguoi ky': 'signer',
  'trich yeu': 'title',
};

/** Two-column key–value tables the hosting sites put before the document. */
function readMetadata(blocks: readonly Block[]): Map<string, string> {
  const meta = new Map<string, string>();
  for (const b of blocks) {
    if (b.kind !== 'table') continue;
    for (const r of b.rows) {
      const cells = r.cells.filter((c) => c !== '');
      if (cells.length !== 2) continue;
      const k = META_KEYS[fold(cells[0] as string).replace(/[:.]$/, '')];
      if (k && !meta.has(k)) meta.set(k, cells[1] as string);
    }
  }
  return meta;
}

const KIND_LINE: readonly [RegExp, DraftKind, 'PLAN' | 'PROGRAMME' | null][] = [
  [/^ke hoach\b/, 'PLAN', null],
  [/^quyet dinh\b/, 'DECISION', null],
  [/^nghi quyet\b/, 'RESOLUTION', null],
  [/^chi thi\b/, 'DIRECTIVE', null],
  [/^chuong trinh( hanh dong)?\b/, 'OTHER', null],
];

function isUpper(s: string): boolean {
  const letters = s.replace(/[^\p{L}]/gu, '');
  return letters.length > 0 && letters === letters.toUpperCase();
}

/** "ỦY BAN NHÂN DÂN TỈNH CAO BẰNG" → "Ủy ban nhân dân tỉnh Cao Bằng" (keeps the province's capitals). */
function sentenceCase(s: string): string {
  const words = s.toLowerCase().split(/\s+/);
  const p = provinceIn(s);
  let out = words.join(' ');
  if (p) {
    const at = fold(out).indexOf(fold(p.name));
    if (at >= 0) out = out.slice(0, at) + p.name + out.slice(at + p.name.length);
  }
  out = out.replace(/chính phủ/g, 'Chính phủ').replace(/việt nam/g, 'Việt Nam');
  return out.charAt(0).toUpperCase() + out.slice(1);
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const BODY_FROM_SYMBOL: readonly [RegExp, string][] = [
  [/-UBND$/, 'Ủy ban nhân dân'],
  [/-HDND$/, 'Hội đồng nhân dân'],
  [/-CP$/, 'Chính phủ'],
  [/-TTG$/, 'Thủ tướng Chính phủ'],
  [/\/QH\d*$/, 'Quốc hội'],
];

const STOP_TITLE = /^(can cu|thuc hien|xet |theo de nghi|kinh gui|i\.|1\.|dieu \d|phan i|chuong i|muc dich)/;

/** Reads the header from the blocks before the first section. */
export function readHeader(blocks: readonly Block[]): Header {
  const meta = readMetadata(blocks);
  const lines: { text: string; at: number }[] = [];
  blocks.forEach((b, at) => {
    if (b.kind === 'line') lines.push({ text: b.text, at });
  });
  const top = lines.slice(0, 60);

  // Number: "Số: 523 /KH-UBND", else the metadata, else the first number in the top lines.
  let number: string | null = null;
  let numberLine = -1;
  for (const [k, l] of top.entries()) {
    const m = /^s[ốo]\s*[:.]?\s*(.*)$/iu.exec(l.text);
    if (!m) continue;
    const hit = findDocNumbers(m[1] ?? '')[0];
    if (hit && hit.index < 4) {
      number = hit.number;
      numberLine = k;
      break;
    }
  }
  const metaNumber = meta.get('number');
  if (!number && metaNumber) number = findDocNumbers(metaNumber)[0]?.number ?? null;
  if (!number) {
    for (const l of top.slice(0, 5)) {
      const hit = findDocNumbers(l.text)[0];
      if (hit && /^(ke hoach|quyet dinh|nghi quyet|chi thi)\b/.test(fold(l.text))) {
        number = hit.number;
        break;
      }
    }
  }

  // Place and date: "Cao Bằng, ngày 02 tháng 3 năm 2026"; a place broken over two lines is joined.
  let place: string | null = null;
  let issuedOn: IsoDate | null = null;
  let dateLine = -1;
  for (const [k, l] of top.entries()) {
    const m = /^(.{2,60}?)\s*,\s*ng[àa]y\s+\d{1,2}\s+th[áa]ng\s+\d{1,2}\s+n[ăa]m\s+\d{4}/iu.exec(l.text);
    const bare = /^ng[àa]y\s+\d{1,2}\s+th[áa]ng\s+\d{1,2}\s+n[ăa]m\s+\d{4}/iu.exec(l.text);
    if (!m && !bare) continue;
    issuedOn = findDate(l.text)?.date ?? null;
    let p = m ? placeAfterNumber((m[1] ?? '').trim()) : '';
    const prev = top[k - 1]?.text ?? '';
    if (p && !provinceByName(p) && prev && prev.split(/\s+/).length <= 4 && !/[.,:;|]$/.test(prev) && /^\p{Lu}/u.test(prev)) {
      const joined = `${prev} ${p}`;
      if (provinceByName(joined) || (!m && bare)) p = joined;
    } else if (!p && prev && prev.split(/\s+/).length <= 5 && !/[.,:;]$/.test(prev)) {
      p = prev.replace(/,$/, '');
    }
    place = p || null;
    dateLine = k;
    break;
  }
  if (!issuedOn && meta.get('issuedOn')) issuedOn = parseDateCell(meta.get('issuedOn') as string);

  // Kind and title: the line "KẾ HOẠCH" and the lines after it.
  let kind: DraftKind | null = null;
  let attachedKind: 'PLAN' | 'PROGRAMME' | null = null;
  let title: string | null = null;
  let titleEnd = -1;
  for (const [k, l] of top.entries()) {
    if (k < Math.max(numberLine, 0) && numberLine >= 0 && k < numberLine) continue;
    const f = fold(l.text);
    const hit = KIND_LINE.find(([re]) => re.test(f));
    if (!hit) continue;
    const kindWord = /^(ke hoach|quyet dinh|nghi quyet|chi thi|chuong trinh hanh dong|chuong trinh)/.exec(f)?.[0] ?? '';
    const words = l.text.split(/\s+/);
    const kindWords = kindWord.split(' ').length;
    const head = words.slice(0, kindWords).join(' ');
    if (!isUpper(head)) continue;
    const rest = words.slice(kindWords).join(' ').trim();
    const parts: string[] = rest && !isUpper(rest) ? [rest] : [];
    let upperTitle = false;
    let j = k + 1;
    while (j < top.length && parts.length < 4) {
      const t = (top[j] as { text: string }).text;
      if (STOP_TITLE.test(fold(t)) || /^[-–•]/.test(t)) break;
      if (isUpper(t)) {
        // A trích yếu set in capitals ("VỀ VIỆC BAN HÀNH KẾ HOẠCH …"), not the issuer's name after it.
        if ((parts.length > 0 && !upperTitle) || !isUpperTitle(t)) break;
        upperTitle = true;
        parts.push(t);
        j += 1;
        continue;
      }
      if (upperTitle) break;
      parts.push(t);
      j += 1;
    }
    if (parts.length === 0) continue;
    kind = hit[1];
    title = parts.join(' ').replace(/\s+/g, ' ').trim();
    if (upperTitle) title = titleCase(title);
    titleEnd = j;
    break;
  }
  if (number) kind = kindOf(number, kind);
  if (!kind) kind = 'PLAN';
  if (!title) {
    const metaTitle = meta.get('title') ?? top[0]?.text ?? '';
    if (number && fold(metaTitle).includes(fold(number))) {
      const after = metaTitle.slice(metaTitle.indexOf(number.split(/[/-]/)[0] as string)).replace(/^\S+\s*/, '');
      title = capitalise(after.replace(/^n[ăa]m\s+\d{4}\s+/iu, '').replace(/^(v\/v|về việc)\s+/iu, '').trim()) || null;
    }
  }
  if (kind === 'DECISION' || kind === 'RESOLUTION') {
    const f = fold(title ?? '');
    if (/ban hanh .*ke hoach|ke hoach/.test(f)) attachedKind = 'PLAN';
    else if (/chuong trinh|de an/.test(f)) attachedKind = 'PROGRAMME';
  }

  // Issuer and jurisdiction.
  const headerLines = top.slice(0, Math.max(numberLine, dateLine, 0) + 1).map((l) => l.text);
  const symbolBody = number ? BODY_FROM_SYMBOL.find(([re]) => re.test(fold(number as string).toUpperCase()))?.[1] : undefined;
  const national = (number !== null && isNationalSymbol(number)) || headerLines.some((t) => isUpper(t) && isNationalIssuer(t));
  let province: Province | null = null;
  let issuerLine: string | null = null;
  for (const t of headerLines) {
    if (!isUpper(t)) continue;
    const f = fold(t);
    if (/cong hoa|doc lap|so\s*:/.test(f)) continue;
    if (/^(uy ban nhan dan|hoi dong nhan dan|chinh phu|thu tuong|bo |ubnd|hdnd)/.test(f)) {
      issuerLine = t;
      province = province ?? provinceIn(t);
    } else if (issuerLine && !province && /^(tinh|thanh pho)\b/.test(f)) {
      issuerLine = `${issuerLine} ${t}`;
      province = provinceIn(t);
    }
  }
  const metaIssuer = meta.get('issuer');
  if (!province && metaIssuer) province = provinceIn(metaIssuer);
  if (!province && place) province = provinceByName(place);
  if (!province) {
    // "UBND tỉnh Bắc Ninh ban hành Kế hoạch", "Ủy ban nhân dân (UBND) tỉnh Cao Bằng ban hành"
    for (const l of lines.slice(0, 120)) {
      const m = /(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)(?:\s*\(UBND\))?\s+(tỉnh|thành phố)\s+([\p{Lu}][\p{L}]*(?:\s+[\p{Lu}][\p{L}]*){0,3})\s+ban hành/u.exec(l.text);
      if (m) {
        province = provinceByName(m[2] ?? '');
        if (province) break;
      }
    }
  }
  if (!province && title) province = provinceIn(title);
  let issuer: string | null = null;
  if (national) {
    issuer = issuerLine && !/^uy ban nhan dan/.test(fold(issuerLine)) ? sentenceCase(issuerLine) : symbolBody ?? (metaIssuer ?? null);
  } else if (symbolBody && province && /nhân dân/.test(symbolBody)) {
    issuer = `${symbolBody} ${province.city ? 'thành phố' : 'tỉnh'} ${province.name}`;
  } else if (issuerLine) {
    issuer = sentenceCase(issuerLine);
  } else if (metaIssuer) {
    issuer = metaIssuer;
  }
  const jurisdiction = national ? 'VN' : province?.code ?? null;

  const { signer, signerTitle } = readSigner(lines.map((l) => l.text), meta.get('signer') ?? null);

  let effectiveOn: IsoDate | null = meta.get('effectiveOn') ? parseDateCell(meta.get('effectiveOn') as string) : null;
  if (!effectiveOn && issuedOn && lines.some((l) => /c[óo] hi[ệe]u l[ựu]c (thi hành )?(kể )?từ ngày ký/iu.test(l.text))) effectiveOn = issuedOn;

  const period = readPeriod(title ?? '');
  const bodyStart = (top[Math.max(titleEnd - 1, dateLine, numberLine, 0)]?.at ?? 0) + 1;
  const found = [number, issuedOn, place, title, signer, issuer, jurisdiction].filter((x) => x !== null).length;
  return {
    number,
    kind,
    attachedKind,
    issuer,
    place,
    jurisdiction,
    issuedOn,
    effectiveOn,
    title,
    signer,
    signerTitle,
    ...period,
    bodyStart,
    found,
  };
}

/** "Số: 287/KH-UBND Lâm Đồng" (two columns read as one line) → "Lâm Đồng": the place follows the number. */
function placeAfterNumber(p: string): string {
  const hits = findDocNumbers(p);
  const last = hits[hits.length - 1];
  if (!last) return p;
  return p.slice(last.end).replace(/^[\s,;:|]+/, '').trim();
}

/** An upper-case line that can be a title: not a body's name, a motto or a heading. */
function isUpperTitle(t: string): boolean {
  const f = fold(t);
  if (/^(uy ban|hoi dong|chinh phu|thu tuong|bo truong|thu truong|bo |ubnd|hdnd|chu tich|pho chu tich|giam doc|truong ban|tinh uy|ban chap hanh|ban thuong vu|cong hoa|doc lap|tm\.|kt\.|can cu|quyet dinh:|quyet nghi)/.test(f)) return false;
  return t.split(/\s+/).length >= 3;
}

/** A title set in capitals, in sentence case; a plan it issues keeps its capital ("ban hành Kế hoạch …"). */
function titleCase(t: string): string {
  return sentenceCase(t).replace(
    /(ban hành|phê duyệt|triển khai|thực hiện)\s+(kế hoạch|chương trình|đề án|quy chế|quy định)(?![\p{L}])/u,
    (_m, verb: string, doc: string) => `${verb} ${capitalise(doc)}`,
  );
}

function kindOf(number: string, fromLine: DraftKind | null): DraftKind {
  const k: LegalDocumentKind = kindFromNumber(number);
  if (k === 'PLAN' || k === 'DECISION' || k === 'RESOLUTION' || k === 'DIRECTIVE') return k;
  return fromLine ?? 'OTHER';
}

/** "giai đoạn 2025 - 2030, định hướng đến năm 2045", "năm 2026". */
function readPeriod(title: string): { periodFrom: number | null; periodTo: number | null; orientationYear: number | null } {
  const f = fold(title);
  const orientation = /dinh huong (?:den )?(?:nam )?((?:19|20)\d{2})/.exec(f);
  const range = /((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})/.exec(f);
  if (range) return { periodFrom: Number(range[1]), periodTo: Number(range[2]), orientationYear: orientation ? Number(orientation[1]) : null };
  const toYear = /den nam ((?:19|20)\d{2})/.exec(f.replace(/dinh huong den nam \d{4}/, ''));
  const year = /nam ((?:19|20)\d{2})/.exec(f);
  if (year && !toYear) return { periodFrom: Number(year[1]), periodTo: Number(year[1]), orientationYear: orientation ? Number(orientation[1]) : null };
  if (toYear) return { periodFrom: null, periodTo: Number(toYear[1]), orientationYear: orientation ? Number(orientation[1]) : null };
  return { periodFrom: null, periodTo: null, orientationYear: orientation ? Number(orientation[1]) : null };
}

const SIGN_TITLES = /^(chu tich|pho chu tich|thu tuong|pho thu tuong|bo truong|thu truong|giam doc|pho giam doc|chanh van phong|truong ban|bi thu)$/;
const NAME = /^[\p{Lu}][\p{Ll}]*(?:\s+[\p{Lu}][\p{Ll}]*){1,4}$/u;

/** The signature block: "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Lê Hải Hòa". */
function readSigner(lines: readonly string[], metaSigner: string | null): { signer: string | null; signerTitle: string | null } {
  let signer: string | null = metaSigner;
  let signerTitle: string | null = null;
  for (let i = lines.length - 1; i >= 0; i -= 1) {
    const t = lines[i] as string;
    if (!/^(TM|KT|Q|TL|TUQ)\s*\.\s*\S/u.test(t) && !SIGN_TITLES.test(fold(t))) continue;
    if (!/^(TM|KT|Q|TL|TUQ)\s*\./u.test(t)) continue;
    // Walk forward over titles to the name.
    for (let j = i; j < Math.min(lines.length, i + 6); j += 1) {
      const l = (lines[j] as string).replace(/^(TM|KT|Q|TL|TUQ)\s*\.\s*/u, '').trim();
      const f = fold(l);
      if (SIGN_TITLES.test(f)) signerTitle = capitalise(l.toLowerCase());
      else if (!signer && NAME.test(l) && !isUpper(l)) {
        signer = l;
        break;
      }
    }
    break;
  }
  return { signer, signerTitle };
}
