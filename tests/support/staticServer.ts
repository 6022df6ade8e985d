/**
 * Serves a built site on 127.0.0.1 the way a static host does, with sirv: directory URLs
 * get their index.html (`/a` is redirected to `/a/`), unknown paths get 404.html with
 * status 404, and every response carries the headers the site's `_headers` file sets for
 * its path, so browser tests run under the site's real CSP. Used by the tests and by
 * `npm run bench` (Node strips the types; hence the `.ts` in the imports).
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sirv from 'sirv';
// With its extension: the benchmark imports this file from plain Node.
import { headersForPath, parseHeadersFile } from './headersFile.ts';

export interface RunningServer {
  url: string;
  close: () => Promise<void>;
}

export interface ServeOptions {
  /** 0 (the default): any free port. */
  port?: number;
  /** Sends `Cache-Control: public,max-age=<seconds>` with every file, as a production host would. */
  maxAge?: number;
}

const isFile = (path: string) => existsSync(path) && statSync(path).isFile();

export async function serveStatic(root: string, { port = 0, maxAge }: ServeOptions = {}): Promise<RunningServer> {
  const headersFile = join(root, '_headers');
  const rules = isFile(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  const applyRules = (res: ServerResponse, pathname: string) => {
    for (const [name, value] of Object.entries(headersForPath(rules, pathname))) res.setHeader(name, value);
  };
  const notFoundPage = join(root, '404.html');
  const files = sirv(root, {
    extensions: ['html'],
    ...(maxAge !== undefined && { maxAge }),
    setHeaders: (res, pathname) => applyRules(res, pathname),
  });
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    // `/a` for the folder `a/`: redirect, so the page's relative links resolve as on a host.
    if (!pathname.endsWith('/') && !isFile(join(root, pathname)) && isFile(join(root, pathname, 'index.html'))) {
      res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    files(req, res, () => {
      applyRules(res, pathname);
      if (!isFile(notFoundPage)) return void res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      createReadStream(notFoundPage).pipe(res);
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
