import { GraphQLError } from 'graphql';
import type { GraphQLContext } from './context';

/** Plan-execution reads (rounds, overdue) are internal: a caller without a token is refused. */
export const signedInOnly = (ctx: GraphQLContext, field: string): void => {
  if (ctx.services.caller.role === 'PUBLIC') {
    throw new GraphQLError(`${field} needs a token (Authorization: Bearer …)`, { extensions: { code: 'UNAUTHENTICATED' } });
  }
};

/** A presigned upload as GraphQL's UploadTicket. */
export const uploadTicket = (upload: { url: string; method: string; headers: Readonly<Record<string, string>>; expiresAt: string }) => ({
  url: upload.url,
  method: upload.method,
  headers: Object.entries(upload.headers).map(([name, value]) => ({ name, value })),
  expiresAt: upload.expiresAt,
});
