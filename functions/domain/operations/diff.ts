/**
 * Plan editions as plain snapshots, and the field-by-field difference between two.
 * Paths name what changed the way a reader finds it: `plan.title`, `tasks[3.1].timeline`,
 * `indicators[2].targets[2030]`. Lists (content paragraphs, agencies, outputs) compare as
 * whole values; objects keyed by code or year compare key by key.
 */

interface TaskSnapshot {
  readonly title: string;
  readonly content: readonly string[];
  readonly timeline: string | null;
  readonly phases: readonly { readonly name: string; readonly timeline: string }[];
  readonly outputs: readonly { readonly text: string; readonly quantity: number | null; readonly unit: string | null }[];
  readonly agencies: readonly { readonly agency: string; readonly role: string }[];
}

interface IndicatorSnapshot {
  readonly name: string;
  readonly unit: string | null;
  readonly baseline: { readonly year: number; readonly value: number } | null;
  /** Target cells as written, by milestone year. */
  readonly targets: Readonly<Record<string, string>>;
}

export interface PlanSnapshot {
  readonly plan: Readonly<Record<string, unknown>>;
  readonly tasks: Readonly<Record<string, TaskSnapshot>>;
  readonly indicators: Readonly<Record<string, IndicatorSnapshot>>;
}

export interface FieldChange {
  readonly path: string;
  readonly kind: 'ADDED' | 'REMOVED' | 'CHANGED';
  readonly before: string | null;
  readonly after: string | null;
}

const render = (value: unknown): string | null =>
  value === undefined || value === null ? null : typeof value === 'string' ? value : JSON.stringify(value);

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Keys that are codes or years sort naturally (3.2 before 3.10, 2030 before 2035). */
const naturalKey = (k: string): string => k.split('.').map((p) => (/^\d+$/.test(p) ? p.padStart(6, '0') : p)).join('.');

const walk = (path: string, before: unknown, after: unknown, keyed: boolean, out: FieldChange[]): void => {
  if (same(before, after)) return;
  if (before === undefined) return void out.push({ path, kind: 'ADDED', before: null, after: render(after) });
  if (after === undefined) return void out.push({ path, kind: 'REMOVED', before: render(before), after: null });
  if (isRecord(before) && isRecord(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort((a, b) => (naturalKey(a) < naturalKey(b) ? -1 : 1));
    for (const key of keys) {
      const child = keyed ? `${path}[${key}]` : `${path}.${key}`;
      // Entries of a keyed map are objects with named fields; `targets` is keyed by year again.
      walk(child, before[key], after[key], !keyed && key === 'targets', out);
    }
    return;
  }
  out.push({ path, kind: 'CHANGED', before: render(before), after: render(after) });
};

export const diffSnapshots = (from: PlanSnapshot, to: PlanSnapshot): FieldChange[] => {
  const out: FieldChange[] = [];
  walk('plan', from.plan, to.plan, false, out);
  walk('tasks', from.tasks, to.tasks, true, out);
  walk('indicators', from.indicators, to.indicators, true, out);
  return out;
};
