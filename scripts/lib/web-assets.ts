import { existsSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';

/**
 * Serves the built console (web/dist) the way CloudFront does when deployed: files by path,
 * hashed assets cached for a year, and every other GET answered with index.html so a shared
 * link (/plans/…) opens in the app's router.
 */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
};

export const webAssetHandler = (distDir: string) => {
  const root = path.resolve(distDir);
  const index = path.join(root, 'index.html');
  return (req: IncomingMessage, res: ServerResponse, pathname: string): boolean => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    if (!existsSync(index)) return false;
    const file = path.resolve(root, `.${decodeURIComponent(pathname)}`);
    const inside = file.startsWith(`${root}${path.sep}`);
    if (inside && existsSync(file) && statSync(file).isFile()) {
      const immutable = pathname.startsWith('/assets/');
      res.writeHead(200, {
        'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
        'x-content-type-options': 'nosniff',
      });
      res.end(req.method === 'HEAD' ? undefined : readFileSync(file));
      return true;
    }
    // A missing asset is a 404, not the app: a stale hashed file must not parse HTML as JavaScript.
    if (pathname.startsWith('/assets/') || path.extname(pathname)) return false;
    res.writeHead(200, { 'content-type': TYPES['.html']!, 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff', 'x-frame-options': 'DENY' });
    res.end(req.method === 'HEAD' ? undefined : readFileSync(index));
    return true;
  };
};
