import { describe, expect, it } from 'vitest';
import { countErrors } from '../../../functions/graphql/observability';

describe('countErrors', () => {
  it('finds top-level error codes and every nested userErrors code', () => {
    // Prepare
    const body = JSON.stringify({
      data: { a: { userErrors: [{ code: 'CONFLICT' }] }, b: { nested: [{ userErrors: [{ code: 'INVALID' }, { code: 'INVALID' }] }] } },
      errors: [{ message: 'x', extensions: { code: 'LIMIT_EXCEEDED' } }],
    });
    // Act
    const counted = countErrors(body);
    // Assess
    expect(counted).toEqual({ errors: ['LIMIT_EXCEEDED'], userErrors: ['CONFLICT', 'INVALID', 'INVALID'] });
    expect(countErrors('not json')).toEqual({ errors: [], userErrors: [] });
  });
});
