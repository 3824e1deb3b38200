import { stringScalar } from '../scalar';

export const Decimal = stringScalar(
  'Decimal',
  'A decimal number as a string, so VND amounts past 2³¹ keep every digit.',
  (v) => /^-?\d{1,30}(\.\d{1,10})?$/.test(v),
  'a decimal number as a string, e.g. "100000000" or "12.5"',
);
