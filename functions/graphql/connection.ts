import { GraphQLError } from 'graphql';
import { InvalidCursor } from '../data';
import type { Slice } from '../services/paging';

/**
 * The one connection helper: every list resolver runs its service read through
 * `connection`, sizes its page with `pageSize`, and a cursor this deployment did not
 * give out for this list comes back as a user-facing INVALID error, never a masked one.
 */
export const connection = async <T>(read: () => Slice<T> | Promise<Slice<T>>) => toConnection(await cursorRead(read));

/** Any read that takes a cursor (the exchange's snapshot and feed too): a foreign one becomes the top-level INVALID error. */
export const cursorRead = async <T>(read: () => T | Promise<T>): Promise<T> => {
  try {
    return await read();
  } catch (error) {
    if (error instanceof InvalidCursor) {
      throw new GraphQLError('`after` is not a cursor this list gave out', { extensions: { code: 'INVALID', field: ['after'] } });
    }
    throw error;
  }
};

/** Page sizes are 1–100 (DESIGN.md §4); anything else is refused naming the limit. */
export const pageSize = (first: number | null | undefined, fallback = 20): number => {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 1 || size > 100) {
    throw new GraphQLError(`first must be between 1 and 100 (page size limit 100); got ${size}`, {
      extensions: { code: 'LIMIT_EXCEEDED', limit: 'first', max: 100 },
    });
  }
  return size;
};

const toConnection = <T>(slice: Slice<T>) => ({
  edges: slice.items.map((node) => ({ cursor: slice.cursorOf(node), node })),
  nodes: [...slice.items],
  pageInfo: {
    hasNextPage: slice.hasNextPage,
    hasPreviousPage: slice.hasPreviousPage,
    startCursor: slice.items.length ? slice.cursorOf(slice.items[0] as T) : null,
    // A filtered page may stop short of `first` where its read bound ran out: it ends where the reading did.
    endCursor: slice.endCursor ?? (slice.items.length ? slice.cursorOf(slice.items[slice.items.length - 1] as T) : null),
  },
});
