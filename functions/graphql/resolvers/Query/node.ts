import type { QueryResolvers } from './../types.generated.js';
import { loadNode } from '../../../services/nodes';
import { fromGlobalId } from '../../global-id';

export const node: NonNullable<QueryResolvers['node']> = async (_parent, { id }, ctx) => {
  const ref = fromGlobalId(id);
  return ref ? ((await loadNode(ctx.services, ref)) as never) : null;
};
