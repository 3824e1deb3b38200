/**
 * Money as DESIGN.md §4 has it: a decimal string and a currency. VND has no minor unit,
 * so a VND amount is a whole number of đồng; amounts pass 2³¹ (and 2⁵³), so arithmetic
 * is on BigInt, never on floats.
 */
export type CurrencyCode = 'VND' | 'USD';

export interface Money {
  /** A decimal string: "150000000", "12.50". */
  readonly amount: string;
  readonly currency: CurrencyCode;
}

const DIGITS: Record<CurrencyCode, number> = { VND: 0, USD: 2 };

export type MoneyCheck = { readonly ok: true; readonly money: Money } | { readonly ok: false; readonly message: string };

/** Checks and normalises an amount ("0150000000" → "150000000", "12.5" USD → "12.50"). */
export const checkMoney = (amount: string, currency: CurrencyCode, options: { allowNegative?: boolean } = {}): MoneyCheck => {
  const m = /^(-?)(\d{1,20})(?:\.(\d+))?$/.exec(amount.trim());
  if (!m) return { ok: false, message: `${amount} is not an amount (a decimal string such as "150000000")` };
  const [, sign, whole, fraction = ''] = m;
  const digits = DIGITS[currency];
  if (fraction.replace(/0+$/, '').length > digits) {
    return { ok: false, message: digits === 0 ? `${currency} amounts are whole numbers` : `${currency} amounts have at most ${digits} decimals` };
  }
  if (sign && !options.allowNegative) return { ok: false, message: 'An amount is not negative' };
  const normalWhole = whole!.replace(/^0+(?=\d)/, '');
  const normalFraction = digits ? `.${fraction.padEnd(digits, '0').slice(0, digits)}` : '';
  const isZero = /^0+$/.test(normalWhole) && !/[1-9]/.test(normalFraction);
  return { ok: true, money: { amount: `${sign && !isZero ? '-' : ''}${normalWhole}${normalFraction}`, currency } };
};

const toMinor = (money: Money): bigint => {
  const digits = DIGITS[money.currency];
  const [whole, fraction = ''] = money.amount.replace('-', '').split('.');
  const minor = BigInt(`${whole}${fraction.padEnd(digits, '0').slice(0, digits)}`);
  return money.amount.startsWith('-') ? -minor : minor;
};

const fromMinor = (minor: bigint, currency: CurrencyCode): Money => {
  const digits = DIGITS[currency];
  const negative = minor < 0n;
  const text = (negative ? -minor : minor).toString().padStart(digits + 1, '0');
  const amount = digits ? `${text.slice(0, -digits)}.${text.slice(-digits)}` : text;
  return { amount: `${negative ? '-' : ''}${amount}`, currency };
};

/** The sum of amounts in one currency; null for an empty list. Mixed currencies are refused. */
export const sumMoney = (items: readonly Money[]): Money | null => {
  const first = items[0];
  if (!first) return null;
  if (items.some((m) => m.currency !== first.currency)) throw new Error('Cannot add amounts in different currencies');
  return fromMinor(items.reduce((total, m) => total + toMinor(m), 0n), first.currency);
};

/** -1, 0 or 1, like a comparator; both amounts in one currency. */
export const compareMoney = (a: Money, b: Money): number => {
  if (a.currency !== b.currency) throw new Error('Cannot compare amounts in different currencies');
  const d = toMinor(a) - toMinor(b);
  return d < 0n ? -1 : d > 0n ? 1 : 0;
};
