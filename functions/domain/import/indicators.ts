/**
 * Indicator tables: any number of milestone columns ("Đến hết năm 2030") or a single
 * result column whose year comes from a group row ("I. Đến năm 2030") or the plan's
 * period; sub-rows (11.1, 11.2); several targets in one cell.
 */
import { inferAccumulation, inferMeasure, parseTargetCell, type Measure } from '../indicator/target';
import { fold, parseVnNumber } from '../text/vietnamese';
import { splitAgencies } from './agencies';
import { cell, col, readTable, rowKind, type ReadTable } from './tables';
import type { TableBlock } from './lines';
import type { IndicatorDraft, TargetDraft } from './types';

/** True for a table of indicators: a name column and milestone or result columns, no task column. */
function isIndicatorTable(t: ReadTable): boolean {
  return !!col(t, 'name') && !col(t, 'task') && t.columns.some((c) => c.role === 'milestone' || c.role === 'result');
}

function yearFromText(s: string): number | null {
  const m = /(?:19|20)\d{2}/g;
  const ys = [...s.matchAll(m)].map((x) => Number(x[0]));
  return ys.length > 0 ? (ys[ys.length - 1] as number) : null;
}

/**
 * A direction the plan's text gives for a bare number: an objective naming the indicator
 * with "trên 0.7" makes the annex's "0,7" AT_LEAST.
 */
function directionFromText(name: string, value: number, objectives: readonly string[]): 'AT_LEAST' | 'AT_MOST' | undefined {
  const abbr = /\(([A-Z]{2,6})\)/.exec(name)?.[1];
  const words = fold(name).split(/[^a-z0-9]+/).filter((w) => w.length > 2);
  for (const o of objectives) {
    const fo = fold(o);
    const mentions = abbr ? o.includes(`(${abbr})`) : words.filter((w) => fo.includes(w)).length / Math.max(words.length, 1) > 0.7;
    if (!mentions) continue;
    for (const m of fo.matchAll(/(tren|tu|it nhat|toi thieu|khong duoi|duoi|toi da|khong qua|khong vuot qua)\s+(\d+(?:[.,]\d+)*)/g)) {
      const v = parseVnNumber(m[2] ?? '');
      if (v !== value) continue;
      return /^(duoi|toi da|khong qua|khong vuot qua)$/.test(m[1] ?? '') ? 'AT_MOST' : 'AT_LEAST';
    }
  }
  return undefined;
}

/**
 * A rate per year: a cell "12%/năm" (a percentage per year), or a row named "Tốc độ tăng …"
 * measured in %, is a growth rate, not a level of 12 %.
 */
export function refineMeasure(measure: Measure, name: string, unit: string | null, cells: readonly string[]): Measure {
  if (measure === 'GROWTH_RATE' || measure === 'RANK') return measure;
  const filled = cells.map(fold).filter((c) => c !== '');
  if (filled.length > 0 && filled.some((c) => /\d\s*%\s*\/\s*nam(?![a-z])/.test(c))) return 'GROWTH_RATE';
  if (/^(toc do )?tang truong|^toc do tang/.test(fold(name)) && (fold(unit ?? '').includes('%') || filled.some((c) => c.includes('%')))) return 'GROWTH_RATE';
  return measure;
}

/**
 * "Từ 5 trở lên" is at least 5 and "từ 5 trở xuống" at most 5: "trở lên / trở xuống" close
 * the bound, they are not a scope.
 */
export function openEnded<T extends { comparator: string; scope: string | null }>(t: T): T {
  const s = fold(t.scope ?? '');
  if (/^tro len$/.test(s)) return { ...t, scope: null, comparator: t.comparator === 'EXACTLY' ? 'AT_LEAST' : t.comparator };
  if (/^tro xuong$/.test(s)) return { ...t, scope: null, comparator: t.comparator === 'GROWTH_RATE' ? t.comparator : 'AT_MOST' };
  return t;
}

export interface IndicatorContext {
  /** The plan's last year, for a result column with no year anywhere. */
  readonly periodTo: number | null;
  /** Objectives and purposes, to read directions from. */
  readonly objectives: readonly string[];
  /** Codes already used (several tables): a clash is prefixed with the table's number. */
  readonly usedCodes: Set<string>;
  readonly tableIndex: number;
}

export function readIndicatorTable(block: TableBlock, ctx: IndicatorContext): IndicatorDraft[] | null {
  const t = readTable(block);
  if (!t || !isIndicatorTable(t)) return null;
  const nameC = col(t, 'name');
  const unitC = col(t, 'unit');
  const leadC = col(t, 'lead');
  const coordC = col(t, 'coordinating');
  const baseC = col(t, 'baseline');
  const noteC = col(t, 'note');
  const targetCols = t.columns.filter((c) => c.role === 'milestone' || c.role === 'result');
  const out: IndicatorDraft[] = [];
  let groupYear: number | null = null;
  let groupCode = '';
  let auto = 0;
  const codesHere = new Set<string>();
  for (const row of t.rows) {
    const rk = rowKind(t, row);
    if (rk.kind === 'empty') continue;
    if (rk.kind === 'group') {
      groupYear = yearFromText(rk.label) ?? groupYear;
      groupCode = rk.code;
      continue;
    }
    if (rk.kind === 'continuation') {
      const prev = out[out.length - 1];
      const extra = cell(row, nameC);
      if (prev && extra && targetCols.every((c) => cell(row, c) === '')) {
        out[out.length - 1] = { ...prev, name: `${prev.name} ${extra}` };
        continue;
      }
    }
    const name = cell(row, nameC);
    if (!name) continue;
    auto += 1;
    let code = rk.kind === 'row' && rk.code ? rk.code : String(auto);
    if (codesHere.has(code) && groupCode) code = `${groupCode}.${code}`;
    if (ctx.usedCodes.has(code) && !codesHere.has(code)) code = `PL${ctx.tableIndex}.${code}`;
    codesHere.add(code);
    const unit = cell(row, unitC) || null;
    const cells = targetCols.map((c) => cell(row, c));
    const measure: Measure = refineMeasure(inferMeasure(name, unit, cells), name, unit, cells);
    const targets: TargetDraft[] = [];
    targetCols.forEach((c, i) => {
      const text = cells[i] ?? '';
      if (!text) return;
      const year = c.year ?? groupYear ?? yearFromText(text) ?? ctx.periodTo ?? 0;
      const first = parseTargetCell(text, { year, measure });
      const bare = first.length === 1 && first[0]?.comparator === 'EXACTLY' && first[0].value !== null;
      const direction = bare ? directionFromText(name, first[0]?.value as number, ctx.objectives) : undefined;
      const parsed = direction ? parseTargetCell(text, { year, measure, direction }) : first;
      for (const raw of parsed) {
        const p = openEnded(raw);
        targets.push({
          year: p.year,
          text: p.text,
          comparator: p.comparator,
          value: p.value,
          valueMax: p.valueMax,
          scope: p.scope,
          ...(direction ? { direction } : {}),
          ...(p.note ? { note: p.note } : {}),
        });
      }
    });
    // Same indicator under another group row (a single result column): one indicator, more targets.
    const same = out.find((o) => fold(o.name) === fold(name) && (o.unit ?? '') === (unit ?? '') && !o.targets.some((x) => targets.some((y) => y.year === x.year)));
    if (same && cells.length === 1) {
      const idx = out.indexOf(same);
      out[idx] = { ...same, targets: [...same.targets, ...targets] };
      continue;
    }
    const baseText = cell(row, baseC);
    const note = cell(row, noteC);
    out.push({
      code,
      name,
      unit,
      accumulation: inferAccumulation(name),
      targets,
      leadAgencies: splitAgencies(cell(row, leadC)).map((a) => a.name),
      coordinatingAgencies: splitAgencies(cell(row, coordC)).map((a) => a.name),
      tasks: [],
      baseline: baseText ? { year: baseC?.year ?? null, text: baseText } : null,
      ...(note ? { note } : {}),
    });
  }
  for (const c of codesHere) ctx.usedCodes.add(c);
  return out;
}
