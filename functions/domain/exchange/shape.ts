/**
 * A small checker of stored shapes: what a record's `data` must hold for the services and
 * resolvers to read it. Each rule answers the first problem it finds, named by its path
 * (`founders.0.name: required`), or null. Fields a rule does not name pass (a newer source
 * may add fields; docs/exchange.md "fields are only ever added"), bounded by `checkBounds`.
 * No I/O.
 */
import { isIsoDate } from '../common/validate';

export type Rule = (value: unknown, path: string) => string | null;

const at = (path: string, message: string) => (path ? `${path}: ${message}` : message);
const join = (path: string, key: string | number) => (path ? `${path}.${key}` : String(key));

export const text =
  (max = 2000, { empty = false }: { empty?: boolean } = {}): Rule =>
  (v, path) => {
    if (typeof v !== 'string') return at(path, v === undefined || v === null ? 'required' : 'must be text');
    if (!empty && v.trim() === '') return at(path, 'must not be empty');
    return v.length > max ? at(path, `at most ${max} characters`) : null;
  };

/** Absent or null, or else `rule`. */
export const opt =
  (rule: Rule): Rule =>
  (v, path) =>
    v === undefined || v === null ? null : rule(v, path);

export const oneOf =
  (values: readonly string[]): Rule =>
  (v, path) =>
    typeof v === 'string' && values.includes(v) ? null : at(path, `must be one of ${values.join(', ')}`);

export const int =
  (min: number, max: number): Rule =>
  (v, path) =>
    Number.isInteger(v) && (v as number) >= min && (v as number) <= max ? null : at(path, `must be a whole number from ${min} to ${max}`);

export const num: Rule = (v, path) => (typeof v === 'number' && Number.isFinite(v) && Math.abs(v) <= Number.MAX_SAFE_INTEGER ? null : at(path, 'must be a finite number within ±2^53'));

export const numIn =
  (min: number, max: number): Rule =>
  (v, path) =>
    typeof v === 'number' && v >= min && v <= max ? null : at(path, `must be a number from ${min} to ${max}`);

export const bool: Rule = (v, path) => (typeof v === 'boolean' ? null : at(path, 'must be true or false'));

export const date: Rule = (v, path) => (typeof v === 'string' && isIsoDate(v) ? null : at(path, 'must be a date (YYYY-MM-DD)'));

export const instant: Rule = (v, path) =>
  typeof v === 'string' && v.length <= 40 && !Number.isNaN(Date.parse(v)) ? null : at(path, 'must be an ISO date-time');

/** A reference to another record of the same jurisdiction (its id). */
export const ref: Rule = (v, path) => (typeof v === 'string' && /^[A-Za-z0-9~._-]{1,80}$/.test(v) ? null : at(path, 'must be a record id'));

export const list =
  (rule: Rule, max = 200): Rule =>
  (v, path) => {
    if (!Array.isArray(v)) return at(path, v === undefined || v === null ? 'required' : 'must be a list');
    if (v.length > max) return at(path, `at most ${max} items`);
    for (const [i, item] of v.entries()) {
      const problem = rule(item, join(path, i));
      if (problem) return problem;
    }
    return null;
  };

export const obj =
  (fields: Readonly<Record<string, Rule>>): Rule =>
  (v, path) => {
    if (!v || typeof v !== 'object' || Array.isArray(v)) return at(path, v === undefined || v === null ? 'required' : 'must be an object');
    for (const [key, rule] of Object.entries(fields)) {
      const problem = rule((v as Record<string, unknown>)[key], join(path, key));
      if (problem) return problem;
    }
    return null;
  };

export interface Bounds {
  /** Deepest nesting of objects and lists. */
  readonly depth: number;
  /** Longest string anywhere (fields no rule names included). */
  readonly stringChars: number;
  /** The whole value as JSON, in UTF-8 bytes. */
  readonly bytes: number;
}

/** Depth, string length, number range and size of any JSON value, named rules aside. */
export const checkBounds = (value: unknown, bounds: Bounds): string | null => {
  const walk = (v: unknown, path: string, depth: number): string | null => {
    if (depth > bounds.depth) return at(path, `nested deeper than ${bounds.depth} levels`);
    if (typeof v === 'string') return v.length > bounds.stringChars ? at(path, `at most ${bounds.stringChars} characters`) : null;
    if (typeof v === 'number') return num(v, path);
    if (v === null || typeof v === 'boolean') return null;
    if (Array.isArray(v)) {
      for (const [i, item] of v.entries()) {
        const problem = walk(item, join(path, i), depth + 1);
        if (problem) return problem;
      }
      return null;
    }
    if (typeof v === 'object') {
      for (const [key, item] of Object.entries(v as Record<string, unknown>)) {
        if (key.length > 100) return at(path, 'a field name is longer than 100 characters');
        const problem = walk(item, join(path, key), depth + 1);
        if (problem) return problem;
      }
      return null;
    }
    return at(path, 'is not JSON');
  };
  const problem = walk(value, '', 0);
  if (problem) return problem;
  const bytes = new TextEncoder().encode(JSON.stringify(value)).length;
  return bytes > bounds.bytes ? `data is ${bytes} bytes; at most ${bounds.bytes}` : null;
};
