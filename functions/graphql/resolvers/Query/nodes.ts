import { GraphQLError } from 'graphql';
import type { QueryResolvers } from './../types.generated.js';
import { loadNode } from '../../../services/nodes';
import { fromGlobalId } from '../../global-id';

export const nodes: NonNullable<QueryResolvers['nodes']> = async (_parent, { ids }, ctx) => {
  if (ids.length > 100) {
    throw new GraphQLError(`nodes takes at most 100 ids (limit 100); got ${ids.length}`, { extensions: { code: 'LIMIT_EXCEEDED', limit: 'ids', max: 100 } });
  }
  return Promise.all(
    ids.map(async (id) => {
      const ref = fromGlobalId(id);
      return ref ? ((await loadNode(ctx.services, ref)) as never) : null;
    }),
  );
};
