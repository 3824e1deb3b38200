/** A business failure as data (DESIGN.md §4): the shape of GraphQL's UserError. */
export type UserErrorCode =
  | 'INVALID'
  | 'NOT_FOUND'
  | 'DUPLICATE'
  | 'CONFLICT'
  | 'LOCKED'
  | 'AT_CAPACITY'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'RATE_LIMITED'
  | 'LIMIT_EXCEEDED';

export interface UserError {
  readonly field: string[] | null;
  readonly message: string;
  readonly code: UserErrorCode;
}

export const userError = (code: UserErrorCode, message: string, field: string[] | null = null): UserError => ({
  field,
  message,
  code,
});

/** A use case either succeeds with a value or fails with user errors, never both. */
export type Outcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly errors: readonly UserError[] };

export const success = <T>(value: T): Outcome<T> => ({ ok: true, value });
export const failure = <T>(...errors: UserError[]): Outcome<T> => ({ ok: false, errors });
