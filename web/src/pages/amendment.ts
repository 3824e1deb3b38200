/**
 * The plan editor's pending changes, kept in the browser until the department records them:
 * for a draft each save goes straight to the API, for a published plan they add up to one
 * amendment (planAmend), shown side by side before it is recorded. Pure, so it is unit-tested.
 */

export type Role = 'LEAD' | 'COORDINATING' | 'ADVISORY';

export interface AgencyLink {
  readonly agency: string;
  readonly role: Role;
}

export interface OutputLine {
  readonly text: string;
  readonly quantity: number | null;
  readonly unit: string | null;
}

/** What the editor changes on a task. */
export interface TaskFieldsDraft {
  readonly title: string;
  readonly timeline: string;
  readonly agencies: readonly AgencyLink[];
  readonly outputs: readonly OutputLine[];
}

/** A task as the editor reads it. */
export interface TaskState extends TaskFieldsDraft {
  readonly id: string;
  readonly code: string;
}

/** One change waiting for the amendment: an edit or removal of an existing task, or a new task. */
export type TaskChange =
  | { readonly kind: 'edit'; readonly task: string; readonly fields: TaskFieldsDraft }
  | { readonly kind: 'delete'; readonly task: string }
  | { readonly kind: 'add'; readonly code: string; readonly fields: TaskFieldsDraft };

export interface TargetChange {
  readonly indicator: string;
  readonly year: number;
  readonly text: string;
}

export interface Pending {
  readonly tasks: readonly TaskChange[];
  readonly targets: readonly TargetChange[];
}

export const EMPTY: Pending = { tasks: [], targets: [] };

const sameTask = (a: TaskChange, b: TaskChange): boolean =>
  a.kind === 'add' || b.kind === 'add' ? a.kind === 'add' && b.kind === 'add' && a.code === b.code : a.task === b.task;

/** Adds a change, replacing an earlier one of the same task (the latest edit wins; a removal replaces an edit). */
export const withTaskChange = (pending: Pending, change: TaskChange): Pending => ({
  ...pending,
  tasks: [...pending.tasks.filter((c) => !sameTask(c, change)), change],
});

export const withTargetChange = (pending: Pending, change: TargetChange): Pending => ({
  ...pending,
  targets: [...pending.targets.filter((c) => c.indicator !== change.indicator || c.year !== change.year), change],
});

export const withoutTaskChange = (pending: Pending, key: string): Pending => ({
  ...pending,
  tasks: pending.tasks.filter((c) => (c.kind === 'add' ? `new:${c.code}` : c.task) !== key),
});

export const withoutTargetChange = (pending: Pending, indicator: string, year: number): Pending => ({
  ...pending,
  targets: pending.targets.filter((c) => c.indicator !== indicator || c.year !== year),
});

export const isEmpty = (pending: Pending): boolean => pending.tasks.length === 0 && pending.targets.length === 0;

const outputsInput = (outputs: readonly OutputLine[]) =>
  outputs.filter((o) => o.text.trim()).map((o) => ({ text: o.text.trim(), quantity: o.quantity, unit: o.unit?.trim() || null }));

/** The task fields as the API's input takes them (blank output lines dropped). */
export const taskFieldsInput = (fields: TaskFieldsDraft) => ({
  title: fields.title.trim(),
  timeline: fields.timeline.trim() || null,
  agencies: fields.agencies.filter((a) => a.agency).map((a) => ({ agency: a.agency, role: a.role })),
  outputs: outputsInput(fields.outputs),
});

/** The pending changes as planAmend's `tasks` and `targets`. */
export const amendmentInput = (pending: Pending) => ({
  tasks: pending.tasks.map((c) =>
    c.kind === 'delete' ? { task: c.task, delete: true } : c.kind === 'edit' ? { task: c.task, ...taskFieldsInput(c.fields) } : { code: c.code.trim(), ...taskFieldsInput(c.fields) },
  ),
  targets: pending.targets.map((c) => ({ indicator: c.indicator, year: c.year, text: c.text.trim() })),
});

/** One line of the side-by-side view: where, the value now, the value after. */
export interface DiffRow {
  /** `task:3.1:title`, `target:O1:2030` …: stable, for tests and keys. */
  readonly key: string;
  readonly subject: string;
  readonly field: 'title' | 'timeline' | 'agencies' | 'outputs' | 'task' | 'target';
  readonly before: string | null;
  readonly after: string | null;
}

export interface DiffContext {
  readonly tasks: readonly TaskState[];
  readonly indicators: readonly { readonly id: string; readonly code: string; readonly targets: readonly { readonly year: number; readonly text: string }[] }[];
  readonly agencyName: (id: string) => string;
  readonly roleName: (role: Role) => string;
}

const agenciesText = (links: readonly AgencyLink[], c: DiffContext): string =>
  links.filter((a) => a.agency).map((a) => `${c.agencyName(a.agency)} (${c.roleName(a.role)})`).join('; ');

const outputsText = (outputs: readonly OutputLine[]): string =>
  outputs.filter((o) => o.text.trim()).map((o) => [o.text.trim(), o.quantity !== null ? `${o.quantity}${o.unit ? ` ${o.unit}` : ''}` : ''].filter(Boolean).join(': ')).join('; ');

const fieldTexts = (f: TaskFieldsDraft, c: DiffContext) => ({
  title: f.title.trim(),
  timeline: f.timeline.trim(),
  agencies: agenciesText(f.agencies, c),
  outputs: outputsText(f.outputs),
});

/** The pending changes against the plan as read, field by field; fields an edit leaves as they were are not listed. */
export const diffRows = (pending: Pending, c: DiffContext): DiffRow[] => {
  const rows: DiffRow[] = [];
  for (const change of pending.tasks) {
    if (change.kind === 'add') {
      const after = fieldTexts(change.fields, c);
      rows.push({ key: `task:${change.code}:task`, subject: change.code, field: 'task', before: null, after: [after.title, after.timeline, after.agencies].filter(Boolean).join(' · ') });
      continue;
    }
    const task = c.tasks.find((t) => t.id === change.task);
    if (!task) continue;
    if (change.kind === 'delete') {
      rows.push({ key: `task:${task.code}:task`, subject: task.code, field: 'task', before: task.title, after: null });
      continue;
    }
    const before = fieldTexts(task, c);
    const after = fieldTexts(change.fields, c);
    for (const field of ['title', 'timeline', 'agencies', 'outputs'] as const) {
      if (before[field] !== after[field]) rows.push({ key: `task:${task.code}:${field}`, subject: task.code, field, before: before[field] || null, after: after[field] || null });
    }
  }
  for (const change of pending.targets) {
    const indicator = c.indicators.find((i) => i.id === change.indicator);
    if (!indicator) continue;
    const before = indicator.targets.find((x) => x.year === change.year)?.text ?? null;
    if (before === change.text.trim()) continue;
    rows.push({ key: `target:${indicator.code}:${change.year}`, subject: `${indicator.code} · ${change.year}`, field: 'target', before, after: change.text.trim() || null });
  }
  return rows;
};

/** The next free code under a parent ("3" → "3.4" when 3.1–3.3 exist; "" → the next top-level number). */
export const nextCode = (codes: readonly string[], parent: string): string => {
  const prefix = parent ? `${parent}.` : '';
  const used = codes
    .filter((code) => code.startsWith(prefix) && !code.slice(prefix.length).includes('.'))
    .map((code) => Number.parseInt(code.slice(prefix.length), 10))
    .filter((n) => Number.isInteger(n));
  return `${prefix}${(used.length ? Math.max(...used) : 0) + 1}`;
};

/**
 * A diff value as the API gives it (JSON for lists and objects) made readable: list items
 * joined, objects' values joined, agency roles named; an empty value reads "—".
 */
export const readable = (value: string | null | undefined, name: (code: string) => string | null = () => null): string => {
  if (value === null || value === undefined) return '—';
  try {
    const parsed: unknown = JSON.parse(value);
    const show = (v: unknown): string =>
      v === null || v === ''
        ? ''
        : Array.isArray(v)
          ? v.map(show).filter(Boolean).join('; ')
          : typeof v === 'object'
            ? Object.values(v as Record<string, unknown>).map(show).filter(Boolean).join(' · ')
            : typeof v === 'string' ? (name(v) ?? v) : String(v);
    return show(parsed) || '—';
  } catch {
    return value || '—';
  }
};
