import { GraphQLError } from 'graphql';
import type { QueryResolvers } from './../types.generated.js';
import { listAuditTrail } from '../../../services/audit';
import { fromGlobalId } from '../../global-id';
import { connection, pageSize } from '../../connection';

/** Refusals are top-level errors (this is a read): UNAUTHENTICATED, FORBIDDEN, or BAD_USER_INPUT for a bad filter. */
const TOP_LEVEL_CODE = { UNAUTHENTICATED: 'UNAUTHENTICATED', FORBIDDEN: 'FORBIDDEN' } as Record<string, string>;

export const auditTrail: NonNullable<QueryResolvers['auditTrail']> = (_parent, { filter, first, after }, ctx) =>
  connection(async () => {
    const entityGiven = filter.entity !== undefined && filter.entity !== null;
    const outcome = await listAuditTrail(
      ctx.services,
      { ...filter, entity: entityGiven ? fromGlobalId(filter.entity as string) : null, entityGiven },
      pageSize(first),
      after ?? null,
    );
    if (!outcome.ok) {
      const error = outcome.errors[0]!;
      throw new GraphQLError(error.message, {
        extensions: { code: TOP_LEVEL_CODE[error.code] ?? 'BAD_USER_INPUT', ...(error.field ? { field: error.field } : {}) },
      });
    }
    return outcome.value;
  });
