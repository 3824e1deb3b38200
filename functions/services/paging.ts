import { Store, type IndexName, type StoredRecord } from '../data';
import type { ServiceContext } from './context';

/** A page of a list, before the GraphQL layer wraps it as a connection. */
export interface Slice<T> {
  readonly items: readonly T[];
  readonly hasNextPage: boolean;
  readonly hasPreviousPage: boolean;
  cursorOf(item: T): string;
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
    cursorOf: (item) => Store.cursorOf(index, item),
  };
};

/** A page of a list held in memory, ordered by `sortKey`; cursors are sort keys. */
export const memorySlice = <T>(
  all: readonly T[],
  sortKey: (item: T) => string,
  first: number,
  after: string | null,
): Slice<T> => {
  const sorted = [...all].sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0));
  const from = after ? decodeKey(after) : null;
  const rest = from === null ? sorted : sorted.filter((item) => sortKey(item) > from);
  return {
    items: rest.slice(0, first),
    hasNextPage: rest.length > first,
    hasPreviousPage: from !== null,
    cursorOf: (item) => Buffer.from(`k:${sortKey(item)}`, 'utf8').toString('base64url'),
  };
};

const decodeKey = (cursor: string): string => {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!text.startsWith('k:')) throw new InvalidCursorInput();
  return text.slice(2);
};

export class InvalidCursorInput extends Error {
  constructor() {
    super('The cursor is not one this list gave out');
    this.name = 'InvalidCursor';
  }
}
