import type { ApolloServerPlugin } from '@apollo/server';
import { cleanText } from '../domain/text/vietnamese';
import type { GraphQLContext } from './context';

/**
 * The one place text enters: every string argument of every field, literal or variable,
 * nested in inputs and lists, is made NFC and stripped of control and zero-width
 * characters before its resolver sees it. The services then judge what is left (a name
 * that was only invisible characters is empty, hence INVALID), and nothing stored can
 * differ from another record by an invisible character.
 */
export const inputText = (): ApolloServerPlugin<GraphQLContext> => ({
  async requestDidStart() {
    return {
      async executionDidStart() {
        return {
          willResolveField({ args }) {
            cleanInPlace(args);
          },
        };
      },
    };
  },
});

/**
 * Cleans in place: graphql-js hands the resolver this very object, built fresh for the
 * field (variables it points into are the request's own coerced copies).
 */
const cleanInPlace = (value: Record<string, unknown> | unknown[]): void => {
  for (const key of Object.keys(value)) {
    const v = (value as Record<string, unknown>)[key];
    if (typeof v === 'string') (value as Record<string, unknown>)[key] = cleanText(v);
    else if (v && typeof v === 'object') cleanInPlace(v as Record<string, unknown>);
  }
};
