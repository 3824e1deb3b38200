import { recordPk, type StoredRecord } from '../data';
import type { ServiceContext } from './context';

/** Loads one record through the request's loader (batched with its siblings); tombstones read as absent. */
export const loadRecord = async <T>(ctx: ServiceContext, type: string, jur: string, id: string): Promise<StoredRecord<T> | null> => {
  const record = await ctx.loaders.records.load(recordPk({ type, jur, id }));
  return record && !record.deleted && record.type === type ? (record as StoredRecord<T>) : null;
};

export const loadRecords = async <T>(
  ctx: ServiceContext,
  refs: readonly { type: string; jur: string; id: string }[],
): Promise<(StoredRecord<T> | null)[]> => {
  const records = await ctx.loaders.records.loadMany(refs.map((ref) => recordPk(ref)));
  return records.map((r, i) =>
    r && !(r instanceof Error) && !r.deleted && r.type === refs[i]?.type ? (r as StoredRecord<T>) : null,
  );
};
