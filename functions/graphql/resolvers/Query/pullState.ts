import type { QueryResolvers } from './../types.generated.js';
import { pullState as readPullState } from '../../../services/pull';
import { valueOrThrow } from '../../exchange';

export const pullState: NonNullable<QueryResolvers['pullState']> = async (_parent, { source, jurisdiction }, ctx) => {
  const state = valueOrThrow(await readPullState(ctx.services, source, jurisdiction));
  return { ...state, refused: [...state.refused] };
};
