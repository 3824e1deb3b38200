/** A small GraphQL client for the command-line tools: POST JSON, throw with a clear message on any error. */
export const DEFAULT_URL = 'http://localhost:4000/graphql';

export class GraphQLClientError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GraphQLClientError';
  }
}

export const gqlRequest = async <T>(url: string, token: string | null | undefined, query: string, variables: Record<string, unknown> = {}): Promise<T> => {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
  } catch (error) {
    throw new GraphQLClientError(`Cannot reach ${url}: ${(error as Error).message}`);
  }
  const text = await response.text();
  let body: { data?: T; errors?: { message: string }[] };
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    throw new GraphQLClientError(`${url} answered ${response.status} without GraphQL JSON: ${text.slice(0, 300)}`);
  }
  if (body.errors?.length) throw new GraphQLClientError(`${url}: ${body.errors.map((e) => e.message).join('; ')}`);
  if (!body.data) throw new GraphQLClientError(`${url} answered ${response.status} with no data`);
  return body.data;
};

/** `--name value` pairs (and bare `--flag`s) of argv. */
export const flags = (argv: readonly string[]): Map<string, string> => {
  const out = new Map<string, string>();
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i]!;
    if (!a.startsWith('--')) continue;
    const next = argv[i + 1];
    if (next !== undefined && !next.startsWith('--')) {
      out.set(a.slice(2), next);
      i += 1;
    } else out.set(a.slice(2), 'true');
  }
  return out;
};
