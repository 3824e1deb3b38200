import type { QueryResolvers } from './../types.generated.js';
import { changesPage } from '../../../services/exchange';
import { valueOrThrow } from '../../exchange';
import { cursorRead, pageSize } from '../../connection';

export const changes: NonNullable<QueryResolvers['changes']> = async (_parent, { jurisdiction, after, first }, ctx) =>
  valueOrThrow(await cursorRead(() => changesPage(ctx.services, jurisdiction, after, pageSize(first, 100))));
