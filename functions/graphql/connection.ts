import { GraphQLError } from 'graphql';
import type { Slice } from '../services/paging';

/** A Relay connection from a service's page. */
export const toConnection = <T>(slice: Slice<T>) => ({
  edges: slice.items.map((node) => ({ cursor: slice.cursorOf(node), node })),
  nodes: [...slice.items],
  pageInfo: {
    hasNextPage: slice.hasNextPage,
    hasPreviousPage: slice.hasPreviousPage,
    startCursor: slice.items.length ? slice.cursorOf(slice.items[0] as T) : null,
    endCursor: slice.items.length ? slice.cursorOf(slice.items[slice.items.length - 1] as T) : null,
  },
});

/** Runs a list read, turning a foreign cursor into a clear client error. */
export const withCursor = async <T>(read: () => Promise<T>): Promise<T> => {
  try {
    return await read();
  } catch (error) {
    if ((error as Error).name === 'InvalidCursor') {
      throw new GraphQLError('`after` is not a cursor this list gave out', { extensions: { code: 'BAD_USER_INPUT' } });
    }
    throw error;
  }
};
