import type { APIGatewayProxyEvent } from 'aws-lambda';
import { graphqlEvent } from './events';

/**
 * API Gateway events with a body taken as is (broken JSON, wrong content types, base64
 * flags), for tests that send what a hostile or broken client would. The rest of the
 * event is `graphqlEvent`'s.
 */
export interface RawEventOptions {
  /** The whole header set; defaults to `content-type: application/json`. */
  readonly headers?: Record<string, string>;
  readonly method?: string;
  readonly isBase64Encoded?: boolean;
  readonly query?: Record<string, string> | null;
}

export const rawGraphqlEvent = (body: string | null, options: RawEventOptions = {}): APIGatewayProxyEvent => {
  const base = graphqlEvent(null);
  const method = options.method ?? 'POST';
  return {
    ...base,
    body,
    headers: options.headers ?? { 'content-type': 'application/json' },
    httpMethod: method,
    isBase64Encoded: options.isBase64Encoded ?? false,
    queryStringParameters: options.query ?? null,
    // API Gateway fills both; the Apollo integration reads the multi-value one.
    multiValueQueryStringParameters: options.query ? Object.fromEntries(Object.entries(options.query).map(([k, v]) => [k, [v]])) : null,
    requestContext: { ...base.requestContext, httpMethod: method },
  };
};
