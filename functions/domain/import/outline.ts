/**
 * The body as units (headings, numbered and lettered items, bullets, paragraphs,
 * tables) and sections. Section headings may be lost in a scraped copy: a numbering
 * that starts again at "1." then starts a new section, named by its first item.
 */
import { fold } from '../text/vietnamese';
import type { Block, TableBlock } from './lines';

type UnitKind = 'roman' | 'numbered' | 'lettered' | 'bullet' | 'para' | 'table';

export interface Unit {
  readonly kind: UnitKind;
  /** `II`, `3.1`, `a` … */
  readonly code: string;
  readonly text: string;
  readonly table?: TableBlock;
  readonly heading: number;
  readonly bold: boolean;
}

const ROMAN = /^(?:phần\s+|chương\s+|mục\s+)?([IVXLC]{1,6})\s*[.)/:-]\s*(\S.*)$/iu;
const NUMBERED = /^(\d{1,2}(?:\.\d{1,2}){0,3})(?:\.|\)|\s)\s*(\S.*)$/u;
const LETTERED = /^([a-zđ])\)\s*(.*)$/u;
const BULLET = /^[-–—•+*·]\s*(\S.*)$/u;

function isRomanWord(code: string): boolean {
  return /^[IVXLC]+$/.test(code);
}

/** Classifies one line. A roman heading must be upper case or a Markdown heading. */
function toUnit(text: string, heading: number, bold: boolean): Unit {
  const r = ROMAN.exec(text);
  if (r && isRomanWord(r[1] ?? '') && (heading > 0 || bold || isMostlyUpper(r[2] ?? '') || /^(phần|chương)/iu.test(text))) {
    return { kind: 'roman', code: (r[1] ?? '').toUpperCase(), text: (r[2] ?? '').trim(), heading, bold };
  }
  const n = NUMBERED.exec(text);
  if (n && !/^\d{1,2}\s*[/-]\s*\d/.test(text) && !/^\d+\s+(tháng|năm|ngày|%)/iu.test(text) && Number((n[1] ?? '0').split('.')[0]) > 0) {
    const code = n[1] ?? '';
    // "2 tháng" or a bare count is not an item; a code without a dot needs a dot or ")" after it
    if (code.includes('.') || /^\d{1,2}[.)]/.test(text)) return { kind: 'numbered', code: code.replace(/\.$/, ''), text: (n[2] ?? '').trim(), heading, bold };
  }
  const l = LETTERED.exec(text);
  if (l) return { kind: 'lettered', code: l[1] ?? '', text: (l[2] ?? '').trim(), heading, bold };
  const b = BULLET.exec(text);
  if (b) return { kind: 'bullet', code: '', text: (b[1] ?? '').trim(), heading, bold };
  return { kind: 'para', code: '', text, heading, bold };
}

function isMostlyUpper(s: string): boolean {
  const letters = s.replace(/[^\p{L}]/gu, '');
  if (letters.length === 0) return false;
  const upper = [...letters].filter((c) => c === c.toUpperCase()).length;
  return upper / letters.length > 0.8;
}

/** Units from blocks; a paragraph broken mid-sentence (the next line starts lower-case) is joined. */
export function toUnits(blocks: readonly Block[]): Unit[] {
  const out: Unit[] = [];
  for (const b of blocks) {
    if (b.kind === 'blank') continue;
    if (b.kind === 'table') {
      out.push({ kind: 'table', code: '', text: '', table: b, heading: 0, bold: false });
      continue;
    }
    const prev = out[out.length - 1];
    if (prev && prev.kind !== 'table' && prev.kind !== 'roman' && /^[\p{Ll}]/u.test(b.text) && !LETTERED.test(b.text) && !/[:]$/.test(prev.text)) {
      out[out.length - 1] = { ...prev, text: `${prev.text} ${b.text}` };
      continue;
    }
    out.push(toUnit(b.text, b.heading, b.bold));
  }
  return out;
}

export type SectionKind =
  | 'preamble'
  | 'articles'
  | 'purposeRequirement'
  | 'purpose'
  | 'requirement'
  | 'objective'
  | 'scope'
  | 'tasks'
  | 'funding'
  | 'organisation'
  | 'annex'
  | 'closing'
  | 'other';

export interface Section {
  kind: SectionKind;
  title: string;
  /** A heading said it (not inferred from a numbering that starts again). */
  readonly explicit: boolean;
  readonly units: Unit[];
}

/** What a heading's words say the section is. */
export function classify(title: string): SectionKind | null {
  const f = fold(title);
  if (/^dieu \d/.test(f)) return 'articles';
  if (/muc dich/.test(f) && /yeu cau/.test(f)) return 'purposeRequirement';
  if (/^muc dich/.test(f)) return 'purpose';
  if (/^yeu cau/.test(f)) return 'requirement';
  if (/^(cac )?muc tieu|^chi tieu/.test(f)) return 'objective';
  if (/^(doi tuong|pham vi)/.test(f)) return 'scope';
  if (/kinh phi|nguon von|nguon luc tai chinh/.test(f) && f.length < 160) return 'funding';
  if (/^(to chuc thuc hien|trach nhiem|phan cong|che do bao cao)/.test(f)) return 'organisation';
  if (/^(phu luc|danh muc)/.test(f)) return 'annex';
  if (/^(noi dung|nhiem vu|cac nhiem vu|giai phap|cac giai phap|hoat dong|nhung nhiem vu|cac hoat dong|noi dung.*nhiem vu)/.test(f)) return 'tasks';
  if (/^quan diem/.test(f)) return 'other';
  return null;
}

const AGENCY_HEAD =
  /^(so|cac so|ubnd|uy ban|hoi|tinh doan|doan|bao|dai|cong an|bo chi huy|ban|van phong|lien minh|lien hiep|hiep hoi|truong|cac truong|vien|trung tam|quy|cuc|chi cuc|kho bac|ngan hang|cac co quan|cac don vi|cac ca nhan|ca nhan|doanh nghiep|cac doanh nghiep|cac to chuc|to chuc|dai hoc|bo |cac bo|thanh doan|mat tran)\b/;

/** A heading that names an agency ("4. Sở Nông nghiệp và Môi trường"). */
export function isAgencyHeading(text: string): boolean {
  const f = fold(text);
  return AGENCY_HEAD.test(f) && text.length < 220 && !/:/.test(text.slice(0, 80)) && !/\.\s+\p{Lu}/u.test(text);
}

const CLOSING = /^(trên đây là|nơi nhận|tm\.|kt\.|q\.\s*chủ tịch|tl\.|tuq\.|trong quá trình (tổ chức )?(triển khai )?thực hiện.{0,40}(khó khăn|vướng mắc))/iu;

function isClosing(text: string): boolean {
  return CLOSING.test(text.trim());
}

/**
 * Cuts units into sections. Explicit headings (roman numerals, Markdown headings) name
 * their section; where they are missing, "1." after a higher number starts a new one.
 */
export function toSections(units: readonly Unit[]): Section[] {
  const sections: Section[] = [{ kind: 'preamble', title: '', explicit: true, units: [] }];
  let cur = sections[0] as Section;
  let maxTop = 0;
  let order: SectionKind[] = [];
  const start = (kind: SectionKind, title: string, explicit: boolean): void => {
    cur = { kind, title, explicit, units: [] };
    sections.push(cur);
    maxTop = 0;
    order = [...order, kind];
  };
  for (const u of units) {
    if (cur.kind === 'closing') {
      // After the signature: an attached plan ("KẾ HOẠCH" …) or an annex starts again.
      if (u.kind === 'table') {
        start('annex', '', false);
        cur.units.push(u);
        continue;
      }
      const f = fold(u.text);
      if (/^(phu luc|danh muc)/.test(f) || (u.kind === 'roman' && classify(u.text))) {
        start(u.kind === 'roman' ? (classify(u.text) as SectionKind) : 'annex', u.text, true);
        continue;
      }
      if (/^(ke hoach|chuong trinh hanh dong|chuong trinh)$/.test(f)) {
        start('other', u.text, true);
        continue;
      }
      cur.units.push(u);
      continue;
    }
    if (u.kind !== 'table' && isClosing(u.text) && cur.kind !== 'preamble') {
      start('closing', u.text, true);
      cur.units.push(u);
      continue;
    }
    if (u.kind === 'para' && /^điều\s+\d+\s*[.:]/iu.test(u.text) && cur.kind !== 'articles') {
      start('articles', u.text, true);
      cur.units.push(u);
      continue;
    }
    if (u.kind === 'roman' || (u.heading > 0 && u.kind !== 'numbered' && classify(u.text))) {
      const k = classify(u.text) ?? (cur.kind === 'annex' ? 'annex' : 'other');
      start(k, u.text, true);
      continue;
    }
    if (cur.kind === 'annex' || (cur.kind === 'other' && u.kind === 'table')) {
      if (cur.kind === 'other' && u.kind === 'table') cur.kind = 'annex';
      cur.units.push(u);
      continue;
    }
    if (u.kind === 'numbered' && !u.code.includes('.')) {
      const n = Number(u.code);
      const k = classify(u.text);
      const reset = n === 1 && maxTop >= 1;
      const inPreamble = cur.kind === 'preamble' || cur.kind === 'articles' || cur.kind === 'other';
      if ((inPreamble && cur.kind !== 'articles') || (reset && !cur.explicit) || (reset && cur.explicit && cur.units.length > 0 && k && k !== cur.kind && !subKindOf(cur.kind, k))) {
        const guess = k ?? (cur.kind === 'funding' && isAgencyHeading(u.text) ? 'organisation' : nextGuess(order));
        if (!(cur.explicit && subKindOf(cur.kind, guess))) {
          start(guess === 'purpose' || guess === 'requirement' ? 'purposeRequirement' : guess, u.text, false);
        }
      } else if (cur.kind === 'funding' && !cur.explicit && isAgencyHeading(u.text)) {
        start('organisation', u.text, false);
      }
      maxTop = Math.max(maxTop, n);
    }
    if (cur.kind === 'funding' && u.kind === 'lettered' && !cur.explicit && cur.units.length > 0) {
      const last = cur.units[cur.units.length - 1] as Unit;
      if (u.code === 'a' && !/:$/.test(last.text)) start('organisation', '', false);
    }
    cur.units.push(u);
  }
  return sections.filter((s) => s.units.length > 0 || s.explicit);
}

function subKindOf(parent: SectionKind, child: SectionKind): boolean {
  return (parent === 'purposeRequirement' && (child === 'purpose' || child === 'requirement')) || parent === child;
}

/** The section that usually comes next when a lost heading leaves no words to go by. */
function nextGuess(order: readonly SectionKind[]): SectionKind {
  const seen = new Set(order);
  if (!seen.has('tasks')) return 'tasks';
  if (!seen.has('funding')) return 'funding';
  return 'organisation';
}
