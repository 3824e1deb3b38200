import { InvalidCursor, type CursorCodec, type IndexName, type StoredRecord } from '../data';
import type { ServiceContext } from './context';

/** A page of a list, before the GraphQL layer wraps it as a connection (graphql/connection.ts). */
export interface Slice<T> {
  readonly items: readonly T[];
  readonly hasNextPage: boolean;
  readonly hasPreviousPage: boolean;
  cursorOf(item: T): string;
  /** Where the next page starts when that is not just after the last item (a filtered read that ran out of its bound). */
  readonly endCursor?: string;
}

export const emptySlice = <T>(): Slice<T> => ({ items: [], hasNextPage: false, hasPreviousPage: false, cursorOf: () => '' });

/**
 * A page read straight from an index: one Query of `first + 1` items, through the
 * request's loader so sibling lists (the tasks of 20 plans) are queried together.
 */
export const indexSlice = async <T>(
  ctx: ServiceContext,
  index: IndexName,
  partition: string,
  first: number,
  after: string | null,
  options: { forward?: boolean; keep?: (item: StoredRecord<T>) => boolean } = {},
): Promise<Slice<StoredRecord<T>>> => {
  const page = await ctx.loaders.pages.load({ index, partition, limit: first + 1, after, forward: options.forward ?? true });
  if (page instanceof Error) throw page;
  const items = (page.items as StoredRecord<T>[]).filter((item) => !item.deleted && (options.keep?.(item) ?? true));
  return {
    items: items.slice(0, first),
    hasNextPage: items.length > first || (page.items.length > first && page.endCursor !== null),
    hasPreviousPage: after !== null,
    cursorOf: (item) => ctx.store.cursorOf(index, item),
  };
};

/** A page of a small list held in memory (a plan's legal bases, a task's spending), ordered by `sortKey`; cursors seal sort keys. */
export const memorySlice = <T>(
  cursors: CursorCodec,
  /** The list's name: a cursor is honoured only by the list it came from. */
  list: string,
  all: readonly T[],
  sortKey: (item: T) => string,
  first: number,
  after: string | null,
): Slice<T> => {
  const sorted = [...all].sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0));
  const from = after === null ? null : openKey(cursors, list, after);
  const rest = from === null ? sorted : sorted.filter((item) => sortKey(item) > from);
  return {
    items: rest.slice(0, first),
    hasNextPage: rest.length > first,
    hasPreviousPage: from !== null,
    cursorOf: (item) => cursors.seal(`memory|${list}`, sortKey(item)),
  };
};

const openKey = (cursors: CursorCodec, list: string, cursor: string): string => {
  const key = cursors.open(`memory|${list}`, cursor);
  if (typeof key !== 'string') throw new InvalidCursor();
  return key;
};
