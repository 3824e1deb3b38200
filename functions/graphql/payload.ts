import type { Outcome, UserError } from '../domain/common/user-error';
import { userError } from '../domain/common/user-error';

/** A mutation payload from a use case's outcome: the object, or why not. */
export const payload = <K extends string, T>(key: K, outcome: Outcome<T>) =>
  (outcome.ok
    ? { [key]: outcome.value, userErrors: [] as UserError[] }
    : { [key]: null, userErrors: [...outcome.errors] }) as { [P in K]: T | null } & { userErrors: UserError[] };

/** The payload for an ID that does not decode to the expected type. */
export const badId = <K extends string>(key: K, field: string[] = ['input', 'id']) =>
  ({ [key]: null, userErrors: [userError('NOT_FOUND', 'No object has this ID', field)] }) as { [P in K]: null } & {
    userErrors: UserError[];
  };
