import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { setContext } from '@apollo/client/link/context';
import { currentToken } from '../session';

/**
 * The console's GraphQL client: the public API at /graphql (same origin), the bearer
 * token of whoever signed in, and a normalized cache keyed by the API's global IDs.
 */
let current: ApolloClient<unknown> | null = null;

/** The client the app made, for code outside React (evidence uploads). */
export const apolloClient = (): ApolloClient<unknown> => {
  if (!current) throw new Error('the GraphQL client is not created yet');
  return current;
};

export const createClient = (graphqlUrl: string): ApolloClient<unknown> => {
  const auth = setContext((_, { headers }) => {
    const token = currentToken();
    return { headers: { ...(headers as Record<string, string>), ...(token ? { authorization: `Bearer ${token}` } : {}) } };
  });
  current = new ApolloClient({
    link: ApolloLink.from([auth, new HttpLink({ uri: graphqlUrl })]),
    cache: new InMemoryCache(),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
  return current;
};
