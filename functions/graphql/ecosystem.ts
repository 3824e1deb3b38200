import { GraphQLError } from 'graphql';
import type { Outcome } from '../domain/common/user-error';
import type { ServiceContext } from '../services/context';
import { PersonalDataHidden, personalData } from '../services/ecosystem/personal';
import { recordId, refOf } from './global-id';
import { badId, payload } from './payload';

/** Glue the ecosystem resolvers share. */

/**
 * Personal data: the service decides (services/ecosystem/personal.ts, the one place);
 * a refusal becomes null for the field plus a FORBIDDEN error naming it.
 */
export const personal = <T>(ctx: ServiceContext, jur: string, value: T): T | null => {
  try {
    return personalData(ctx, jur, value);
  } catch (error) {
    if (error instanceof PersonalDataHidden) throw new GraphQLError(error.message, { extensions: { code: 'FORBIDDEN', reason: 'PERSONAL_DATA' } });
    throw error;
  }
};

/** A reference from an optional global ID of `type`; an ID of the wrong shape becomes a reference nothing has. */
export const optionalRef = (id: string | null | undefined, type: string): { jur: string; id: string } | null | undefined => {
  if (id === undefined) return undefined;
  if (id === null) return null;
  return refOf(id, type) ?? { jur: '~', id: '~invalid' };
};

export const requiredRef = (id: string, type: string): { jur: string; id: string } => refOf(id, type) ?? { jur: '~', id: '~invalid' };

/** The payload of an update or workflow step on an ID that must be of `type`. */
export const onRef = async <K extends string, T>(
  key: K,
  id: string,
  type: string,
  run: (ref: { jur: string; id: string }) => Promise<Outcome<T>>,
) => {
  const ref = refOf(id, type);
  if (!ref) return badId(key);
  return payload(key, await run(ref));
};

/** The payload of a delete. */
export const deletePayload = async (id: string, type: string, run: (ref: { jur: string; id: string }) => Promise<Outcome<{ type: string; jur: string; id: string }>>) => {
  const ref = refOf(id, type);
  if (!ref) return badId('deletedId');
  const outcome = await run(ref);
  return outcome.ok ? { deletedId: recordId(outcome.value), userErrors: [] } : { deletedId: null, userErrors: [...outcome.errors] };
};
