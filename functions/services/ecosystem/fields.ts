import { checkDate, checkText } from '../../domain/common/validate';
import { userError, type UserError } from '../../domain/common/user-error';
import { checkMoney, type CurrencyCode, type Money } from '../../domain/ecosystem/money';
import { nfc } from '../../domain/text/vietnamese';

/** Small helpers the registry's definitions share: trimmed NFC text, checked money and dates. */

export const text = (s: string | null | undefined): string | null => (s == null || s.trim() === '' ? null : nfc(s.trim()));
export const texts = (list: readonly string[] | null | undefined): string[] => (list ?? []).map((s) => nfc(s.trim())).filter((s) => s !== '');

/** `value` when the caller gave it (null clears), else `base`. */
export const pick = <T>(value: T | null | undefined, base: T): T => (value === undefined ? base : (value as T));

export const f = (...path: (string | number)[]): string[] => ['input', ...path.map(String)];

export interface MoneyInputLike {
  readonly amount: string;
  readonly currency?: CurrencyCode | null;
}

export const toMoney = (input: MoneyInputLike | null | undefined, field: string[], errors: UserError[]): Money | null => {
  if (!input) return null;
  const checked = checkMoney(input.amount, input.currency ?? 'VND');
  if (!checked.ok) {
    errors.push(userError('INVALID', checked.message, [...field, 'amount']));
    return null;
  }
  return checked.money;
};

export const checkPeriod = (from: string | null, to: string | null, field: string[]): UserError[] => [
  ...checkDate(from, field),
  ...checkDate(to, field),
  ...(from && to && to < from ? [userError('INVALID', 'The period ends before it starts', field)] : []),
];

export const checkName = (name: string | null | undefined, creating: boolean): UserError[] =>
  checkText(name, f('name'), { required: creating, max: 300 });

export const checkCount = (value: number | null | undefined, field: string[], { min = 0, max = 1_000_000 } = {}): UserError[] =>
  value == null || (Number.isInteger(value) && value >= min && value <= max) ? [] : [userError('INVALID', `A whole number from ${min} to ${max}`, field)];

/** Today in Asia/Ho_Chi_Minh (UTC+7, no daylight saving). */
export const today = (): string => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
