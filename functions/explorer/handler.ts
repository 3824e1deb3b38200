import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { explorerHtml, explorerOffHtml } from './page';

/**
 * The explorer's own Lambda: static HTML, JS and CSS bundled beside it, so opening
 * the API URL never wakes the GraphQL handler. Off unless EXPLORER=on.
 */
const enabled = process.env.EXPLORER === 'on';
const assetDir = process.env.EXPLORER_ASSETS ?? path.join(path.dirname(new URL(import.meta.url).pathname), 'assets');
const assets = new Map<string, { body: string; type: string }>();
const asset = (name: string, type: string) => {
  if (!assets.has(name)) assets.set(name, { body: readFileSync(path.join(assetDir, name), 'utf8'), type });
  return assets.get(name)!;
};

export const handler = async (event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> => {
  const stage = event.requestContext?.stage ? `/${event.requestContext.stage}` : '';
  const file = event.path.split('/').pop() ?? '';
  if (!enabled) return { statusCode: file ? 404 : 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: explorerOffHtml };
  if (file === 'explorer.js' || file === 'explorer.css') {
    const { body, type } = asset(file, file.endsWith('.js') ? 'text/javascript' : 'text/css');
    return { statusCode: 200, headers: { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'public, max-age=3600' }, body };
  }
  return {
    statusCode: 200,
    headers: { 'content-type': 'text/html; charset=utf-8' },
    body: explorerHtml({ graphqlUrl: `${stage}/graphql`, assetBase: `${stage}/explorer` }),
  };
};
