import { stringScalar } from '../scalar';

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

export const DateTime = stringScalar(
  'DateTime',
  'An instant, ISO 8601 with offset.',
  (v) => ISO_INSTANT.test(v) && !Number.isNaN(globalThis.Date.parse(v)),
  'an ISO 8601 instant with offset',
);
