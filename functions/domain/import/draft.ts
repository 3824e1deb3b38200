/**
 * Assembles a PlanDraft from text: blocks → header → sections → legal bases, purposes,
 * requirements, objectives, tasks (text and tables), funding, responsibilities, indicators.
 * Pure: no I/O.
 */
import type { AgencyFixture } from '../plan/fixture';
import type { AgencyKind } from '../plan/model';
import { fold } from '../text/vietnamese';
import { dropRepeatedRuns } from './dedupe';
import { readFunding, splitFundingItems } from './funding';
import { readHeader } from './header';
import { readIndicatorTable } from './indicators';
import { collectLegalBases, isBasisParagraph } from './legal-bases';
import { looksBinary, toBlocks } from './lines';
import { classify, toSections, toUnits, type Section, type Unit } from './outline';
import { readResponsibilities } from './responsibilities';
import { isTaskTable, readTaskTable } from './task-table';
import { readTasks } from './tasks';
import type { IndicatorDraft, ParseResult, PlanDraft, TaskDraft } from './types';

function dedupe(list: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const s of list) {
    const k = fold(s);
    if (k === '' || seen.has(k)) continue;
    seen.add(k);
    out.push(s);
  }
  return out;
}

function agencyKind(name: string): AgencyKind {
  const f = fold(name);
  if (/^(ubnd|uy ban nhan dan) (cac )?(xa|phuong)/.test(f)) return 'COMMUNE_COMMITTEE';
  if (/^(ubnd|uy ban nhan dan)/.test(f)) return 'PEOPLES_COMMITTEE';
  if (/^(so|cac so)\b/.test(f)) return 'DEPARTMENT';
  if (/^(bo|cac bo)\b/.test(f)) return 'MINISTRY';
  if (/^(bao|dai|cong thong tin|cac co quan (bao chi|truyen thong))/.test(f)) return 'MEDIA';
  if (/^(tinh doan|thanh doan|doan thanh nien|hoi lien hiep phu nu|hoi nong dan|hoi cuu chien binh|mat tran|uy ban mttq|lien doan lao dong)/.test(f)) return 'MASS_ORGANISATION';
  if (/^(hiep hoi|hoi|lien minh|lien hiep cac hoi|cau lac bo)/.test(f)) return 'ASSOCIATION';
  if (/^(truong|dai hoc|hoc vien|vien)\b/.test(f)) return 'UNIVERSITY';
  if (/^(cong ty|tap doan|tong cong ty|doanh nghiep)\b/.test(f)) return 'ENTERPRISE';
  return 'OTHER';
}

function listSection(units: readonly Unit[], into: (kind: 'purpose' | 'requirement', text: string) => void, start: 'purpose' | 'requirement'): void {
  let cur = start;
  for (const u of units) {
    if (u.kind === 'table') continue;
    if (u.kind === 'numbered' || u.kind === 'roman') {
      const k = classify(u.text);
      if (k === 'purpose' || k === 'requirement') {
        cur = k;
        const colon = u.text.indexOf(':');
        if (colon > 0 && u.text.slice(colon + 1).trim().length > 10) into(cur, u.text.slice(colon + 1).trim());
        continue;
      }
    }
    into(cur, u.text);
  }
}

function objectiveLines(units: readonly Unit[]): string[] {
  const out: string[] = [];
  for (const u of units) {
    if (u.kind === 'table') continue;
    if ((u.kind === 'numbered' || u.kind === 'lettered') && (classify(u.text) === 'objective' || (u.text.length < 70 && !/[;.]$/.test(u.text) && !/\d+\s*(%|doanh|dự án)/u.test(u.text)))) {
      const colon = u.text.indexOf(':');
      if (colon > 0 && u.text.slice(colon + 1).trim().length > 10) out.push(u.text.slice(colon + 1).trim());
      continue;
    }
    out.push(u.text.replace(/;$/, '').trim());
  }
  return out;
}

const IGNORABLE = /^(kèm theo|ban hành kèm theo|\(kèm theo|\(ban hành kèm theo|cộng hòa|độc lập|quyết định:?$|quyết nghị:?$|nghị quyết:?$|kế hoạch$|chương trình hành động$|phụ lục|danh mục)/iu;

/** Parses one document into a draft, or says why it is not a document of this family. */
export function parsePlan(text: string): ParseResult {
  if (text.trim().length === 0) return { ok: false, reason: 'The file is empty.' };
  if (looksBinary(text)) return { ok: false, reason: 'The file is not text (a PDF or other binary file): convert it to text first.' };
  const warnings: string[] = [];
  const unplaced: string[] = [];
  const { blocks, dropped } = dropRepeatedRuns(toBlocks(text));
  if (dropped > 0) warnings.push(`A repeated block of ${dropped} lines (a scraped page's repeated header) was read once.`);
  const header = readHeader(blocks);
  const units = toUnits(blocks.slice(header.bodyStart));
  const sections = toSections(units);
  const of = (...kinds: Section['kind'][]): Section[] => sections.filter((s) => kinds.includes(s.kind));

  const preambleParas = of('preamble', 'other', 'articles').flatMap((s) => s.units.filter((u) => u.kind !== 'table').map((u) => u.text));
  const legalBases = collectLegalBases(preambleParas);

  const purposes: string[] = [];
  const requirements: string[] = [];
  for (const s of of('purposeRequirement', 'purpose', 'requirement')) {
    listSection(s.units, (k, t) => (k === 'purpose' ? purposes : requirements).push(t), s.kind === 'requirement' ? 'requirement' : 'purpose');
  }
  const objectives = dedupe(of('objective').flatMap((s) => objectiveLines(s.units)));

  // Tasks from text, then from tables (a table's codes must not clash with the text's).
  const textTasks = readTasks(of('tasks').flatMap((s) => s.units), warnings, unplaced);
  const used = new Set(textTasks.map((t) => t.code));
  const tableTasks: TaskDraft[] = [];
  const indicators: IndicatorDraft[] = [];
  const usedIndicatorCodes = new Set<string>();
  let tableIndex = 0;
  for (const s of sections) {
    for (const u of s.units) {
      if (u.kind !== 'table' || !u.table) continue;
      tableIndex += 1;
      if (isTaskTable(u.table)) {
        const got = readTaskTable(u.table, used);
        for (const t of got) used.add(t.code);
        tableTasks.push(...got);
        continue;
      }
      const inds = readIndicatorTable(u.table, {
        periodTo: header.periodTo,
        objectives: [...objectives, ...purposes],
        usedCodes: usedIndicatorCodes,
        tableIndex,
      });
      if (inds) indicators.push(...inds);
    }
  }
  const tasks = [...textTasks, ...tableTasks];

  // A funding item under "Tổ chức thực hiện" is funding, not an agency's duties.
  const organisation = splitFundingItems(of('organisation').flatMap((s) => s.units));
  const fundingSources = dedupeFunding([...of('funding').flatMap((s) => readFunding(s.units)), ...readFunding(organisation.funding)]);
  const { responsibilities, orphans } = readResponsibilities(organisation.rest);
  if (orphans.length > 0) warnings.push(`${orphans.length} duties under a lost agency heading were not placed.`);
  unplaced.push(...orphans);
  for (const s of of('preamble', 'other', 'annex', 'scope')) {
    for (const u of s.units) {
      if (u.kind === 'table' || isBasisParagraph(u.text) || IGNORABLE.test(u.text)) continue;
      if (s.kind === 'other' && u.text === s.title) continue;
      if (s.kind === 'annex' && u.text === u.text.toUpperCase()) continue;
      unplaced.push(u.text);
    }
  }

  const structure = tasks.length + objectives.length + purposes.length + indicators.length;
  if (!header.number && structure === 0) {
    return { ok: false, reason: 'No document number ("Số: …/KH-UBND") and no plan structure (sections, tasks, indicators): this does not read as a plan, decision or resolution.' };
  }
  if (!header.number) warnings.push('No document number found.');
  if (!header.jurisdiction) warnings.push('No province or national issuer found: jurisdiction left empty.');

  const agencyNames = dedupe([
    ...tasks.flatMap((t) => t.agencies.map((a) => a.name)),
    ...indicators.flatMap((i) => [...i.leadAgencies, ...i.coordinatingAgencies]),
    ...responsibilities.map((r) => r.agency),
  ]);
  const agencies: AgencyFixture[] = agencyNames.map((name) => ({ name, shortName: null, kind: agencyKind(name) }));

  const years = indicators.flatMap((i) => i.targets.map((t) => t.year)).filter((y) => y > 0);
  const periodFrom = header.periodFrom ?? (header.issuedOn ? Number(header.issuedOn.slice(0, 4)) : years.length ? Math.min(...years) : 0);
  const periodTo = header.periodTo ?? (years.length ? Math.max(...years) : periodFrom);

  const withAgencies = tasks.filter((t) => t.agencies.length > 0).length;
  const withTimeline = tasks.filter((t) => t.parsedTimeline !== null).length;
  const draft: PlanDraft = {
    jurisdiction: header.jurisdiction ?? '',
    number: header.number ?? '',
    kind: header.kind,
    attachedKind: header.attachedKind,
    title: header.title ?? '',
    issuer: header.issuer ?? '',
    place: header.place ?? '',
    issuedOn: header.issuedOn,
    effectiveOn: header.effectiveOn,
    signer: header.signer ?? '',
    signerTitle: header.signerTitle,
    periodFrom,
    periodTo,
    orientationYear: header.orientationYear,
    legalBases,
    purposes: dedupe(purposes),
    requirements: dedupe(requirements),
    objectives,
    agencies,
    tasks,
    fundingSources,
    responsibilities,
    indicators,
    confidence: {
      header: round(header.found / 7),
      legalBases: legalBases.length > 0 ? 0.9 : 0.3,
      structure: round(Math.min(1, (purposes.length > 0 ? 0.35 : 0) + (objectives.length > 0 ? 0.35 : 0) + (sections.some((s) => s.explicit && s.kind !== 'preamble') ? 0.3 : 0.15))),
      tasks: tasks.length === 0 ? 0 : round(0.5 + 0.5 * (warnings.filter((w) => w.startsWith('Task')).length === 0 ? 1 : 0.5)),
      agencies: tasks.length === 0 ? (indicators.length > 0 ? 0.8 : 0) : round(withAgencies / tasks.length),
      timelines: tasks.length === 0 ? 0 : round(withTimeline / tasks.length),
      indicators: indicators.length === 0 ? 0 : round(indicators.filter((i) => i.targets.length > 0).length / indicators.length),
      funding: fundingSources.length > 0 ? 0.8 : 0.2,
      responsibilities: responsibilities.length > 0 ? round(orphans.length === 0 ? 0.9 : 0.6) : 0.2,
    },
    unplaced,
    warnings,
  };
  return { ok: true, draft };
}

function dedupeFunding<T extends { name: string }>(list: readonly T[]): T[] {
  const seen = new Set<string>();
  return list.filter((s) => {
    const k = fold(s.name);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
