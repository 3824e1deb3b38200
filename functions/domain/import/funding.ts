/**
 * Funding sources from the "Kinh phí" section: bullets under "Nguồn kinh phí", or the
 * sources one sentence lists after a colon, separated by ";".
 */
import type { FundingSource, FundingSourceKind } from '../plan/model';
import { fold } from '../text/vietnamese';
import type { Unit } from './outline';

function fundingKind(s: string): FundingSourceKind {
  const f = fold(s);
  if (/hop phap khac|nguon khac|xa hoi hoa/.test(f)) return 'OTHER';
  if (/ngan sach|su nghiep khoa hoc|von nha nuoc|ngan sach nha nuoc/.test(f)) return 'STATE_BUDGET';
  if (/tai tro|vien tro|oda|phi chinh phu|quoc te|nha tai tro/.test(f)) return 'DONOR';
  return 'OTHER';
}

function source(text: string): FundingSource {
  const t = text.replace(/[.;]+$/, '').trim();
  const m = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(t);
  const name = (m ? m[1] ?? t : t).replace(/[,.;:]+$/, '').trim();
  const note = m ? (m[2] ?? '').trim() : null;
  return { kind: fundingKind(name), name: name.charAt(0).toUpperCase() + name.slice(1), note };
}

const ABOUT_SOURCES = /nguon|kinh phi thuc hien|von/;

export function readFunding(units: readonly Unit[]): FundingSource[] {
  const out: FundingSource[] = [];
  let inSources = true;
  let sawNumbered = false;
  for (let i = 0; i < units.length; i += 1) {
    const u = units[i] as Unit;
    if (u.kind === 'numbered') {
      sawNumbered = true;
      const f = fold(u.text);
      inSources = /^(nguon|kinh phi thuc hien|kinh phi)/.test(f) && !/^(viec|quan ly|lap du toan)/.test(f);
      if (!inSources) continue;
      const colon = u.text.indexOf(':');
      const after = colon >= 0 ? u.text.slice(colon + 1).trim() : '';
      const hasBullets = (units[i + 1]?.kind === 'bullet' || units[i + 1]?.kind === 'lettered');
      if (after && !hasBullets) {
        for (const part of after.split(/;\s*/)) if (part.trim().length > 5) out.push(source(part));
      } else if (colon < 0 && !hasBullets) {
        out.push(...sourcesInSentence(u.text).map(source));
      }
      continue;
    }
    if ((u.kind === 'bullet' || u.kind === 'lettered') && inSources) {
      if (ABOUT_SOURCES.test(fold(u.text)) || fundingKind(u.text) !== 'OTHER') out.push(source(u.text));
      continue;
    }
    if (u.kind === 'para' && !sawNumbered && ABOUT_SOURCES.test(fold(u.text))) {
      const colon = u.text.indexOf(':');
      if (colon >= 0) for (const part of u.text.slice(colon + 1).split(/;\s*/)) if (part.trim().length > 5) out.push(source(part));
    }
  }
  const seen = new Set<string>();
  return out.filter((s) => {
    const k = fold(s.name);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

const SOURCE_HEAD = String.raw`(?:các\s+)?(?:nguồn|ngân sách|vốn|quỹ|kinh phí|tài trợ|vốn vay|viện trợ)(?![\p{L}])`;

/**
 * The sources one sentence names after "từ": "Kinh phí … được bảo đảm từ ngân sách nhà nước
 * theo phân cấp, nguồn vốn xã hội hóa và các nguồn vốn hợp pháp khác." → three sources. A
 * list item is cut at "," or "và" only before a word that starts a source, and loses its
 * "theo …" clause.
 */
export function sourcesInSentence(text: string): string[] {
  const m = new RegExp(String.raw`(?<![\p{L}])từ\s+(${SOURCE_HEAD}.*?)(?:\.\s+\p{Lu}|\.?\s*$)`, 'su').exec(text);
  if (!m) return [];
  return (m[1] ?? '')
    .split(new RegExp(String.raw`\s*(?:,|;|\s+và)\s+(?=${SOURCE_HEAD})`, 'u'))
    .map((p) => p.replace(/\s+(?:theo|được|do)\s.*$/su, '').trim())
    .filter((p) => p.length > 5);
}

/** Items of "Tổ chức thực hiện" that are about funding ("3. Kinh phí thực hiện … được bảo đảm từ …"), with the lines under them. */
export function splitFundingItems(units: readonly Unit[]): { funding: Unit[]; rest: Unit[] } {
  const funding: Unit[] = [];
  const rest: Unit[] = [];
  let inFunding = false;
  for (const u of units) {
    if (u.kind === 'numbered' || u.kind === 'roman') inFunding = /^(kinh phi|nguon kinh phi|nguon von|ve kinh phi)(?![a-z])/.test(fold(u.text));
    (inFunding ? funding : rest).push(u);
  }
  return { funding, rest };
}
