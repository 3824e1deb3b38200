/**
 * Tasks given as table rows: TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp |
 * Sản phẩm | Thời gian. A continuation row (empty TT) goes on the task above; a group
 * row ("I", a bold "Nhóm nhiệm vụ …") is a parent task of the rows under it.
 *
 * Timelines are read by `parseTimeline`, as the server reads the text it stores: "Trước
 * 31/12/2026" ends on 30/12 there, so it does here. Reading it as "by 31/12" (the usual
 * administrative sense) is a change for timeline/parse.ts, not for the import alone, or the
 * draft would show a date the stored task does not have.
 */
import { parseTimeline } from '../timeline/parse';
import { splitAgencies } from './agencies';
import type { TableBlock } from './lines';
import { cell, col, readTable, rowKind } from './tables';
import { readOutputs } from './tasks';
import type { TaskDraft } from './types';

type Mutable = {
  code: string;
  title: string;
  content: string[];
  agencies: { role: 'LEAD' | 'COORDINATING' | 'ADVISORY'; name: string; note?: string }[];
  timeline: string | null;
  outputs: { text: string; quantity: number | null; unit: string | null }[];
  parent: string | null;
};

export function isTaskTable(block: TableBlock): boolean {
  const t = readTable(block);
  return !!t && !!col(t, 'task') && (!!col(t, 'lead') || !!col(t, 'timeline'));
}

export function readTaskTable(block: TableBlock, usedCodes: ReadonlySet<string>): TaskDraft[] {
  const t = readTable(block);
  if (!t) return [];
  const taskC = col(t, 'task');
  const leadC = col(t, 'lead');
  const coordC = col(t, 'coordinating');
  const outC = col(t, 'output') ?? col(t, 'result');
  const timeC = col(t, 'timeline');
  const out: Mutable[] = [];
  let group: Mutable | null = null;
  let groups = 0;
  // A printed STT is kept when no other row of the table prints it and the text's tasks do
  // not use it; numbering that starts again under each group row is prefixed ("I.1", "II.1").
  const printed = new Map<string, number>();
  for (const row of t.rows) {
    const rk = rowKind(t, row);
    if (rk.kind === 'row' && cell(row, taskC)) printed.set(rk.code, (printed.get(rk.code) ?? 0) + 1);
  }
  const unique = (code: string): boolean => printed.get(code) === 1 && !usedCodes.has(code);
  const addAgencies = (m: Mutable, lead: string, coord: string): void => {
    for (const a of splitAgencies(lead)) m.agencies.push({ role: 'LEAD', ...a });
    for (const a of splitAgencies(coord)) m.agencies.push({ role: 'COORDINATING', ...a });
  };
  for (const row of t.rows) {
    const rk = rowKind(t, row);
    if (rk.kind === 'empty') continue;
    if (rk.kind === 'group') {
      groups += 1;
      const code = rk.code || String(groups);
      group = { code, title: (rk.label || cell(row, taskC)).replace(/[.:]+$/, ''), content: [], agencies: [], timeline: null, outputs: [], parent: null };
      out.push(group);
      continue;
    }
    const taskText = cell(row, taskC);
    const lead = cell(row, leadC);
    const coord = cell(row, coordC);
    const output = cell(row, outC);
    const time = cell(row, timeC);
    if (rk.kind === 'continuation') {
      const prev = out[out.length - 1];
      if (!prev) continue;
      // A cell broken over two rows: the title goes on when the row above stops mid-sentence.
      if (taskText && /^\p{Ll}/u.test(taskText) && prev.content.length === 0 && !/[.;:!?]$/.test(prev.title)) prev.title = `${prev.title} ${taskText}`.replace(/[.;]+$/, '');
      else if (taskText) prev.content.push(taskText);
      addAgencies(prev, lead, coord);
      if (output) {
        prev.content.push(output);
        prev.outputs.push(...readOutputs(output));
      }
      if (time && !prev.timeline) prev.timeline = time;
      continue;
    }
    if (!taskText) continue;
    let code = rk.code;
    let parent: string | null = null;
    if (group) {
      if (!unique(code)) code = `${group.code}.${code}`;
      parent = group.code;
    } else if (code.includes('.')) {
      parent = code.slice(0, code.lastIndexOf('.'));
    }
    if (usedCodes.has(code)) code = `PL.${code}`;
    const m: Mutable = { code, title: taskText.replace(/[.;]+$/, ''), content: [], agencies: [], timeline: time || null, outputs: [], parent };
    addAgencies(m, lead, coord);
    if (output) {
      m.content.push(output);
      m.outputs.push(...readOutputs(output));
    }
    out.push(m);
  }
  return out.map((m) => ({
    code: m.code,
    title: m.title,
    content: m.content,
    agencies: m.agencies,
    timeline: m.timeline,
    phases: [],
    outputs: m.outputs,
    parent: m.parent,
    parsedTimeline: m.timeline ? parseTimeline(m.timeline) : null,
  }));
}
