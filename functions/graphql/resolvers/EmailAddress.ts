import { stringScalar } from '../scalar';

export const EmailAddress = stringScalar(
  'EmailAddress',
  'An e-mail address.',
  (v) => v.length <= 254 && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v),
  'an e-mail address',
);
