import { describe, expect, it } from 'vitest';
import {
  EMPTY, amendmentInput, diffRows, nextCode, readable, withTargetChange, withTaskChange, withoutTaskChange, type DiffContext, type TaskState,
} from '../../../web/src/pages/amendment';

/** The plan editor's pending amendment: gathered in the browser, shown side by side, sent as planAmend's input. */
const task7: TaskState = { id: 'T7', code: '7', title: 'Thúc đẩy hợp tác quốc tế', timeline: '', agencies: [], outputs: [] };
const context: DiffContext = {
  tasks: [task7],
  indicators: [{ id: 'I2', code: '2', targets: [{ year: 2030, text: '≥ 150' }] }],
  agencyName: (id) => ({ A1: 'Sở Khoa học và Công nghệ', A2: 'Sở Tài chính' })[id] ?? id,
  roleName: (role) => ({ LEAD: 'Chủ trì', COORDINATING: 'Phối hợp', ADVISORY: 'Tham mưu' })[role],
};

describe('the pending amendment', () => {
  it('keeps the latest change per task and per target, and lists only the fields that differ', () => {
    let pending = withTaskChange(EMPTY, { kind: 'edit', task: 'T7', fields: { ...task7, title: 'first try' } });
    pending = withTaskChange(pending, { kind: 'edit', task: 'T7', fields: { ...task7, timeline: 'Quý III/2026', agencies: [{ agency: 'A1', role: 'LEAD' }, { agency: 'A2', role: 'COORDINATING' }] } });
    pending = withTargetChange(pending, { indicator: 'I2', year: 2030, text: '≥ 140' });
    pending = withTargetChange(pending, { indicator: 'I2', year: 2030, text: ' ≥ 160 ' });
    pending = withTargetChange(pending, { indicator: 'I2', year: 2045, text: '≥ 800' });
    expect(pending.tasks).toHaveLength(1);
    expect(diffRows(pending, context).map((r) => [r.key, r.before, r.after])).toEqual([
      ['task:7:timeline', null, 'Quý III/2026'],
      ['task:7:agencies', null, 'Sở Khoa học và Công nghệ (Chủ trì); Sở Tài chính (Phối hợp)'],
      ['target:2:2030', '≥ 150', '≥ 160'],
      ['target:2:2045', null, '≥ 800'],
    ]);
  });

  it('lists nothing for a target set to what it already is, and a removal replaces an edit', () => {
    const same = withTargetChange(EMPTY, { indicator: 'I2', year: 2030, text: '≥ 150' });
    const removed = withTaskChange(withTaskChange(EMPTY, { kind: 'edit', task: 'T7', fields: { ...task7, title: 'x' } }), { kind: 'delete', task: 'T7' });
    expect(diffRows(same, context)).toEqual([]);
    expect(diffRows(removed, context).map((r) => [r.key, r.before, r.after])).toEqual([['task:7:task', 'Thúc đẩy hợp tác quốc tế', null]]);
    expect(withoutTaskChange(removed, 'T7')).toEqual(EMPTY);
  });

  it('becomes planAmend input: edits by task id, new tasks by code, removals, targets trimmed, blank output lines and agency rows dropped', () => {
    let pending = withTaskChange(EMPTY, { kind: 'edit', task: 'T7', fields: { ...task7, agencies: [{ agency: 'A1', role: 'LEAD' }, { agency: '', role: 'ADVISORY' }], outputs: [{ text: ' Báo cáo ', quantity: 2, unit: ' bản ' }, { text: ' ', quantity: null, unit: null }] } });
    pending = withTaskChange(pending, { kind: 'add', code: ' 8.1 ', fields: { title: ' Ngày hội ', timeline: ' ', agencies: [], outputs: [] } });
    pending = withTaskChange(pending, { kind: 'delete', task: 'T9' });
    pending = withTargetChange(pending, { indicator: 'I2', year: 2030, text: ' ≥ 160 ' });
    expect(amendmentInput(pending)).toEqual({
      tasks: [
        { task: 'T7', title: 'Thúc đẩy hợp tác quốc tế', timeline: null, agencies: [{ agency: 'A1', role: 'LEAD' }], outputs: [{ text: 'Báo cáo', quantity: 2, unit: 'bản' }] },
        { code: '8.1', title: 'Ngày hội', timeline: null, agencies: [], outputs: [] },
        { task: 'T9', delete: true },
      ],
      targets: [{ indicator: 'I2', year: 2030, text: '≥ 160' }],
    });
  });

  it('proposes the next free code under a parent', () => {
    const codes = ['1', '2', '3', '3.1', '3.2', '3.10', '3.2.1'];
    expect([nextCode(codes, ''), nextCode(codes, '3'), nextCode(codes, '2'), nextCode([], '')]).toEqual(['4', '3.11', '2.1', '1']);
  });

  it('reads a plan diff value (JSON) as text, naming codes it is given and showing an empty value as —', () => {
    const role = (code: string) => (code === 'LEAD' ? 'Chủ trì' : null);
    expect(readable('[{"agency":"Sở Tài chính","role":"LEAD","note":null}]', role)).toBe('Sở Tài chính · Chủ trì');
    expect([readable('[]'), readable(null), readable('"Quý III/2026"'), readable('not json')]).toEqual(['—', '—', 'Quý III/2026', 'not json']);
  });
});
