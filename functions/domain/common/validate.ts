import { userError, type UserError } from './user-error';

/** Field-level checks shared by every input. Each returns the errors it found. */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export const isIsoDate = (value: string): boolean => {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
};

export const checkDate = (value: string | null | undefined, field: string[]): UserError[] =>
  value == null || isIsoDate(value) ? [] : [userError('INVALID', `${value} is not a date (YYYY-MM-DD)`, field)];

export const checkText = (
  value: string | null | undefined,
  field: string[],
  { required = false, max = 2000 }: { required?: boolean; max?: number } = {},
): UserError[] => {
  if (value == null) return required ? [userError('INVALID', 'Required', field)] : [];
  if (required && value.trim() === '') return [userError('INVALID', 'Must not be empty', field)];
  if (value.length > max) return [userError('INVALID', `At most ${max} characters`, field)];
  return [];
};

export const checkYear = (value: number | null | undefined, field: string[]): UserError[] =>
  value == null || (Number.isInteger(value) && value >= 1945 && value <= 2100)
    ? []
    : [userError('INVALID', `${value} is not a year between 1945 and 2100`, field)];

export const checkList = (
  values: readonly string[] | null | undefined,
  field: string[],
  { max = 200, maxEach = 4000 }: { max?: number; maxEach?: number } = {},
): UserError[] => {
  if (!values) return [];
  if (values.length > max) return [userError('INVALID', `At most ${max} items`, field)];
  return values.flatMap((v, i) => checkText(v, [...field, String(i)], { required: true, max: maxEach }));
};

/** A reporting period: a year, a half, a quarter or a month (`2026`, `2026-H1`, `2026-Q3`, `2026-09`). */
const REPORTING_PERIOD = /^(\d{4})(?:-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?$/;

export const checkPeriod = (value: string, field: string[]): UserError[] =>
  REPORTING_PERIOD.test(value) && checkYear(Number(value.slice(0, 4)), field).length === 0
    ? []
    : [userError('INVALID', `${value} is not a period (2026, 2026-H1, 2026-Q3 or 2026-09)`, field)];

export const checkUrl = (value: string, field: string[]): UserError[] => {
  try {
    const url = new URL(value);
    if (url.protocol === 'http:' || url.protocol === 'https:') return [];
  } catch {
    /* fall through */
  }
  return [userError('INVALID', `${value} is not an http(s) URL`, field)];
};
