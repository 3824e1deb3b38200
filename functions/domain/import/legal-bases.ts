/**
 * Legal bases: the "Căn cứ …" / "Thực hiện …" paragraphs before the first section.
 * One paragraph may cite several documents separated by ";"; a document a citation
 * names inside its title ("… thực hiện Nghị quyết số 57-NQ/TW …") is not a basis of
 * its own. Each document is kept once (a repeated header block cites them twice).
 */
import type { LegalDocument } from '../plan/model';
import { fold } from '../text/vietnamese';
import { findDate, findDocNumbers, kindFromNumber, kindFromWord } from './refs';

const LEAD = /^(căn cứ|thực hiện|theo|tiếp tục thực hiện)\s+/iu;
const KIND_WORD = /^(bộ luật|luật|nghị định|nghị quyết|quyết định|kế hoạch|thông tư|chỉ thị|chương trình|đề án|kết luận|công văn|văn bản|hướng dẫn|thông báo)(?![\p{L}\p{N}])/iu;
const ISSUER =
  /của\s+(Bộ Chính trị|Ban Chấp hành Trung ương(?: Đảng)?|Ban Bí thư|Thủ tướng Chính phủ|Chính phủ|Quốc hội|Ủy ban Thường vụ Quốc hội|Bộ\s+[\p{Lu}][\p{L}]*(?:\s+(?:và\s+)?[\p{Lu}\p{Ll}][\p{L}]*){0,6}?|(?:Hội đồng nhân dân|HĐND|Ủy ban nhân dân|Uỷ ban nhân dân|UBND|Tỉnh ủy|Ban Thường vụ Tỉnh ủy)(?:\s+(?:tỉnh|thành phố)(?:\s+[\p{Lu}][\p{L}]*){0,3})?)(?=\s|[,;.]|$)/u;

/** True for a paragraph that cites documents as the plan's bases. */
export function isBasisParagraph(s: string): boolean {
  return /^(căn cứ|thực hiện)\s/iu.test(s.trim());
}

/** Reads the documents one "Căn cứ" paragraph cites. */
/**
 * "Nghị quyết số 57-NQ/TW … và Chỉ thị số 07/CT-TTg …": a second document joined by "và"
 * (or ",") is a basis of its own when it has its own number and the text before it names
 * only the first document. "… hướng dẫn Nghị định số 1/… và Nghị định số 2/…" names two
 * documents inside one title, so it stays whole.
 */
const JOINED_DOC = /(?:\s+và|,)\s+(?=(?:bộ luật|luật|nghị định|nghị quyết|quyết định|kế hoạch|thông tư|chỉ thị|kết luận)\s+(?:số\s+)?\d)/giu;

function splitJoinedDocuments(segment: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (const m of segment.matchAll(JOINED_DOC)) {
    const at = m.index ?? 0;
    const before = segment.slice(from, at);
    const after = segment.slice(at + m[0].length);
    const next = findDocNumbers(after)[0];
    if (findDocNumbers(before).length !== 1 || !next || next.index > 20) continue;
    out.push(before);
    from = at + m[0].length;
  }
  out.push(segment.slice(from));
  return out;
}

function readLegalBases(paragraph: string): LegalDocument[] {
  const out: LegalDocument[] = [];
  const segments = paragraph.split(/;\s*/).flatMap(splitJoinedDocuments);
  for (const raw of segments) {
    let seg = raw.trim().replace(LEAD, '');
    const kw = KIND_WORD.exec(seg);
    if (!kw) {
      // a continuation of the previous title ("khuyến khích hoạt động …"), or the closing clause
      const last = out.pop();
      if (last) out.push({ ...last, title: cutTitle(`${last.title}; ${seg}`) });
      continue;
    }
    seg = seg.replace(/\s+/g, ' ');
    const numbers = findDocNumbers(seg);
    const first = numbers[0];
    // The document's own number comes right after its kind word ("Nghị định số 268/…", "Luật … số 93/2025/QH15").
    const between = first ? seg.slice(kw[0].length, first.index) : '';
    const ownNumber = first && !/(bộ luật|luật|nghị định|nghị quyết|quyết định|kế hoạch|thông tư|chỉ thị)\s/iu.test(between) ? first : null;
    const dateSearchFrom = ownNumber ? ownNumber.end : 0;
    const nextNumberAt = numbers.find((n) => n !== ownNumber && n.index >= dateSearchFrom)?.index ?? seg.length;
    const dateHit = findDate(seg.slice(dateSearchFrom, nextNumberAt));
    const issuedOn = dateHit && (dateHit.index < 25 || !ownNumber) ? dateHit.date : null;
    const word = kindFromWord(kw[0]);
    let kind = word ?? 'OTHER';
    if (ownNumber) {
      const byNumber = kindFromNumber(ownNumber.number);
      if (byNumber === 'PARTY_RESOLUTION' || word === null || word === 'OTHER') kind = byNumber;
    }
    const issuerM = ISSUER.exec(seg);
    let issuer = issuerM ? (issuerM[1] ?? '').trim() : null;
    if (!issuer && ownNumber && /\/QH\d*$/.test(ownNumber.number)) issuer = 'Quốc hội';
    if (!ownNumber && !issuedOn && kind !== 'LAW') {
      const last = out.pop();
      if (last) out.push({ ...last, title: cutTitle(`${last.title}; ${seg}`) });
      continue;
    }
    out.push({ kind, number: ownNumber?.number ?? null, issuedOn, issuer, title: cutTitle(seg) });
  }
  return out;
}

/** The title without the clause that issues the plan (", UBND tỉnh … ban hành Kế hoạch …"). */
function cutTitle(s: string): string {
  const m = /,?\s*(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND|Hội đồng nhân dân|HĐND|Chính phủ|Thủ tướng Chính phủ)[^,;]{0,40}?\s+(?:ban hành|xây dựng|quyết nghị|quyết định)(?![\p{L}\p{N}]).*$/u.exec(s);
  const t = m && m.index > 10 ? s.slice(0, m.index) : s;
  return t.replace(/[\s,;.:]+$/, '').trim();
}

/** Legal bases from the preamble's paragraphs, each document once. */
export function collectLegalBases(paragraphs: readonly string[]): LegalDocument[] {
  const out: LegalDocument[] = [];
  const seen = new Set<string>();
  for (const p of paragraphs) {
    if (!isBasisParagraph(p)) continue;
    for (const d of readLegalBases(p)) {
      const key = d.number ? fold(d.number).replace(/\s+/g, '') : `${d.kind}|${fold(d.title).slice(0, 60)}|${d.issuedOn ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(d);
    }
  }
  return out;
}
