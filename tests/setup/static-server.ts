import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

const TYPES: Record<string, string> = { html: 'text/html; charset=utf-8', js: 'text/javascript', json: 'application/json', css: 'text/css', svg: 'image/svg+xml', webmanifest: 'application/manifest+json', txt: 'text/plain' };
// text/plain without a charset, as many servers send it: the .txt downloads carry a byte-order mark.

/**
 * A plain static server for a built site on a free local port (no compression, no caching).
 * `override` may answer a path itself: a test serving a later version of one file.
 */
export function serveDirectory(root: string, override: (path: string) => string | undefined = () => undefined): Promise<{ base: string; close: () => void }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url!, 'http://x').pathname);
    const file = join(root, path);
    const body = override(path) ?? (existsSync(file) && !statSync(file).isDirectory() ? readFileSync(file) : undefined);
    if (body === undefined) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': TYPES[path.split('.').pop()!] ?? 'application/octet-stream', 'cache-control': 'no-cache' }).end(body);
  });
  return new Promise((ready) => server.listen(0, '127.0.0.1', () => ready({ base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() })));
}
