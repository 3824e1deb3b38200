import { describe, expect, it } from 'vitest';
import { balance } from '../../../functions/domain/operations/budget';
import { addDays, daysBetween, generateRounds, periodRange } from '../../../functions/domain/operations/calendar';
import { diffSnapshots, type PlanSnapshot } from '../../../functions/domain/operations/diff';
import { checkEvidenceFile } from '../../../functions/domain/operations/evidence';
import { computeTaskStatus, needsAssignment, taskSpan, type TaskFacts } from '../../../functions/domain/operations/status';

const vnd = (amount: string) => ({ amount, currency: 'VND' as const });

describe('calendar', () => {
  it('reads periods and generates rounds due N days after each period, in due order', () => {
    // Act
    const rounds = generateRounds(2026, 2026, ['YEARLY', 'HALF_YEARLY'], 10);
    // Assess
    expect(periodRange('2026-Q3')).toEqual({ start: '2026-07-01', end: '2026-09-30' });
    expect(periodRange('2028-02')).toEqual({ start: '2028-02-01', end: '2028-02-29' });
    expect(periodRange('2026-H2')).toEqual({ start: '2026-07-01', end: '2026-12-31' });
    expect(rounds.map((r) => `${r.period} ${r.dueOn}`)).toEqual(['2026-H1 2026-07-10', '2026 2027-01-10', '2026-H2 2027-01-10']);
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(daysBetween('2026-10-10', '2026-10-15')).toBe(5);
  });
});

describe('task status', () => {
  const base: TaskFacts = { asOf: '2026-06-30', start: '2026-01-01', end: '2026-12-31', outputs: [], latestApproved: null, lateRounds: [] };

  it('takes the span from the timeline, else the phases, else the plan', () => {
    // Prepare
    const phase = (start: string | null, end: string | null) => ({ name: 'x', timeline: { text: 'x', start, end, recurring: null } });
    // Act / Assess
    expect(taskSpan(null, [phase('2026-07-01', null), phase('2027-01-01', '2027-12-31')], { periodFrom: 2026, periodTo: 2026 })).toEqual({ start: '2026-07-01', end: '2027-12-31' });
    expect(taskSpan(null, [], { periodFrom: 2025, periodTo: 2030 })).toEqual({ start: '2025-01-01', end: '2030-12-31' });
  });

  it.each([
    ['NOT_STARTED before its start', { asOf: '2025-12-31' }, 'NOT_STARTED'],
    ['IN_PROGRESS keeping pace', { latestApproved: { period: '2026-Q2', periodEnd: '2026-06-30', percentComplete: 40 } }, 'IN_PROGRESS'],
    ['AT_RISK when progress trails time by more than 25 points', { latestApproved: { period: '2026-Q2', periodEnd: '2026-06-30', percentComplete: 20 } }, 'AT_RISK'],
    ['AT_RISK with a report past due', { latestApproved: { period: '2026-Q2', periodEnd: '2026-06-30', percentComplete: 60 }, lateRounds: [{ period: '2026-Q1', dueOn: '2026-04-10' }] }, 'AT_RISK'],
    ['OVERDUE after its end', { asOf: '2027-01-01' }, 'OVERDUE'],
    ['DONE at 100% with outputs delivered', { latestApproved: { period: '2026-Q2', periodEnd: '2026-06-30', percentComplete: 100 }, outputs: [{ text: '02 lớp', quantity: 2, unit: 'lớp', delivered: 2 }] }, 'DONE'],
    ['UNASSIGNED, not AT_RISK, with no lead agency though time has passed', { assigned: false }, 'UNASSIGNED'],
    ['UNASSIGNED even after its end', { assigned: false, asOf: '2027-01-01' }, 'UNASSIGNED'],
    ['DONE before UNASSIGNED when the department reported it complete', { assigned: false, latestApproved: { period: '2026-Q2', periodEnd: '2026-06-30', percentComplete: 100 } }, 'DONE'],
    ['not DONE at 100% with one of two classes', { latestApproved: { period: '2026-Q2', periodEnd: '2026-06-30', percentComplete: 100 }, outputs: [{ text: '02 lớp', quantity: 2, unit: 'lớp', delivered: 1 }] }, 'IN_PROGRESS'],
  ] as const)('%s', (_name, change, status) => {
    // Act
    const result = computeTaskStatus({ ...base, ...change } as TaskFacts);
    // Assess
    expect(result.status).toBe(status);
    expect(result.reasons.length).toBeGreaterThan(0);
  });
});

describe('needsAssignment', () => {
  // Bắc Ninh's 3 and 3.1–3.5 name no agencies; Cao Bằng's heading 3 does not either, but 3.1 and 3.2 are led.
  const tasks = [
    { code: '3', leads: 0 },
    { code: '3.1', leads: 1 },
    { code: '3.2', leads: 0 },
    { code: '30', leads: 0 },
    { code: '4', leads: 0 },
    { code: '4.1', leads: 0 },
  ];
  it.each([
    ['3', false],
    ['3.1', false],
    ['3.2', true],
    ['30', true],
    ['4', true],
    ['4.1', true],
  ] as const)('task %s needs assignment: %s', (code, expected) => {
    // Act / Assess
    expect(needsAssignment(code, tasks)).toBe(expected);
  });
});

describe('budget', () => {
  it('sums on BigInt and flags a source spent over its plan', () => {
    // Act
    const summary = balance([{ source: 'STATE_BUDGET', amount: vnd('100000000') }], [
      { source: 'STATE_BUDGET', amount: vnd('60000000') },
      { source: 'STATE_BUDGET', amount: vnd('50000000') },
      { source: 'DONOR', amount: vnd('9007199254740993') },
    ]);
    // Assess
    expect(summary.spentTotal).toEqual(vnd('9007199364740993'));
    expect(summary.bySource[0]).toEqual({ source: 'STATE_BUDGET', planned: vnd('100000000'), spent: vnd('110000000'), remaining: vnd('-10000000'), overspent: true });
    expect(summary.flags).toHaveLength(2);
  });
});

describe('plan diff', () => {
  it('names exactly the fields that changed, by code and year', () => {
    // Prepare
    const task = { title: 'T', content: ['a'], timeline: 'Trong năm 2026', phases: [], outputs: [], agencies: [] };
    const a: PlanSnapshot = { plan: { title: 'KH' }, tasks: { '1': task }, indicators: { O1: { name: 'Lớp', unit: 'lớp', baseline: null, targets: { '2026': '02' } } } };
    const b: PlanSnapshot = { plan: { title: 'KH' }, tasks: { '1': { ...task, content: ['b'] }, '7': task }, indicators: { O1: { name: 'Lớp', unit: 'lớp', baseline: null, targets: { '2026': '03', '2027': '04' } } } };
    // Act
    const changes = diffSnapshots(a, b);
    // Assess
    expect(changes).toEqual([
      { path: 'tasks[1].content', kind: 'CHANGED', before: '["a"]', after: '["b"]' },
      { path: 'tasks[7]', kind: 'ADDED', before: null, after: JSON.stringify(task) },
      { path: 'indicators[O1].targets[2026]', kind: 'CHANGED', before: '02', after: '03' },
      { path: 'indicators[O1].targets[2027]', kind: 'ADDED', before: null, after: '04' },
    ]);
    expect(diffSnapshots(a, a)).toEqual([]);
  });
});

describe('evidence files', () => {
  const ok = { fileName: 'bien-ban.pdf', contentType: 'application/pdf', size: 1000, sha256: 'a'.repeat(64) };
  it.each([
    ['a PDF', ok, []],
    ['11 MB', { ...ok, size: 11 * 1024 * 1024 }, ['LIMIT_EXCEEDED']],
    ['an executable', { ...ok, fileName: 'x.exe', contentType: 'application/x-msdownload' }, ['INVALID']],
    ['a PDF named .docx', { ...ok, fileName: 'x.docx' }, ['INVALID']],
    ['a bad hash', { ...ok, sha256: 'xyz' }, ['INVALID']],
  ] as const)('%s', (_name, file, codes) => {
    expect(checkEvidenceFile(file).map((e) => e.code)).toEqual(codes);
  });
});
