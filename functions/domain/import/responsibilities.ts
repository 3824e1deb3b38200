/**
 * Responsibilities per agency from "Tổ chức thực hiện": a numbered heading naming an
 * agency, then its duties (bullets, lettered items, paragraphs). Duties whose agency
 * heading is lost (a scraped copy) cannot be placed and are returned apart.
 */
import type { Responsibility } from '../plan/model';
import { isAgencyHeading, type Unit } from './outline';

export function readResponsibilities(units: readonly Unit[]): { responsibilities: Responsibility[]; orphans: string[] } {
  const out: { agency: string; duties: string[] }[] = [];
  const orphans: string[] = [];
  let cur: { agency: string; duties: string[] } | null = null;
  for (const u of units) {
    if (u.kind === 'table') continue;
    if (u.kind === 'numbered' && (isAgencyHeading(u.text) || u.text.length < 160)) {
      const m = /^(.{3,160}?)\s*:\s*(.+)$/u.exec(u.text);
      const agency = (m && isAgencyHeading(m[1] ?? '') ? m[1] ?? '' : u.text).replace(/[.:;]+$/, '').trim();
      cur = { agency, duties: m && isAgencyHeading(m[1] ?? '') ? [(m[2] ?? '').trim()] : [] };
      out.push(cur);
      continue;
    }
    if (!cur) {
      orphans.push(u.kind === 'lettered' ? `${u.code}) ${u.text}` : u.text);
      continue;
    }
    cur.duties.push(u.text);
  }
  return { responsibilities: out, orphans };
}
