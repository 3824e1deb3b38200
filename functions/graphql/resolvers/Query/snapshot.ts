import type { QueryResolvers } from './../types.generated.js';
import { snapshotPage } from '../../../services/exchange';
import { valueOrThrow } from '../../exchange';
import { cursorRead, pageSize } from '../../connection';

export const snapshot: NonNullable<QueryResolvers['snapshot']> = async (_parent, { jurisdiction, first, after }, ctx) =>
  valueOrThrow(await cursorRead(() => snapshotPage(ctx.services, jurisdiction, pageSize(first, 100), after ?? null)));
