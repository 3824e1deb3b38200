/**
 * Funding sources from the "Kinh phí" section: bullets under "Nguồn kinh phí", or the
 * sources one sentence lists after a colon, separated by ";".
 */
import type { FundingSource, FundingSourceKind } from '../plan/model';
import { fold } from '../text/vietnamese';
import type { Unit } from './outline';

export function fundingKind(s: string): FundingSourceKind {
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
