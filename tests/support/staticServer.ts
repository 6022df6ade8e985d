/**
 * A minimal static file server for a built site on a free loopback port, the way a
 * static host serves it: directory URLs get index.html, unknown paths get 404.html.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync, existsSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { headersForPath, parseHeadersFile } from './headersFile';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
};

export interface RunningServer {
  url: string;
  close: () => Promise<void>;
}

async function isFile(path: string): Promise<boolean> {
  return stat(path).then((s) => s.isFile(), () => false);
}

/** Serves `root`, sending the headers its `_headers` file sets for each path, as static hosts do. */
export async function serveStatic(root: string): Promise<RunningServer> {
  const headersFile = join(root, '_headers');
  const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  const server: Server = createServer(async (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const headers = headersForPath(rules, pathname);
    let file = normalize(join(root, pathname));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (pathname.endsWith('/')) file = join(file, 'index.html');
    else if (!(await isFile(file)) && (await isFile(join(file, 'index.html')))) {
      res.writeHead(301, { location: `${pathname}/` }).end();
      return;
    }
    let status = 200;
    if (!(await isFile(file))) {
      status = 404;
      file = join(root, '404.html');
      if (!(await isFile(file))) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', ...headers }).end('Not found');
        return;
      }
    }
    res.writeHead(status, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
