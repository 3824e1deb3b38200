import { GraphQLError } from 'graphql';
import type { Outcome } from '../domain/common/user-error';

/** Exchange reads refuse with top-level errors (they are reads): UNAUTHENTICATED, FORBIDDEN, else BAD_USER_INPUT. */
export const valueOrThrow = <T>(outcome: Outcome<T>): T => {
  if (outcome.ok) return outcome.value;
  const error = outcome.errors[0]!;
  const code = error.code === 'UNAUTHENTICATED' || error.code === 'FORBIDDEN' ? error.code : 'BAD_USER_INPUT';
  throw new GraphQLError(error.message, { extensions: { code, ...(error.field ? { field: error.field } : {}) } });
};
