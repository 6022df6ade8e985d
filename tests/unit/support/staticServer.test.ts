import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type RunningServer } from '../../support/staticServer';

const CSP = "default-src 'self'";
const SITE: Record<string, string> = {
  'index.html': '<h1>Trang chủ</h1>',
  'mo-hinh/index.html': '<h1>Mô hình</h1>',
  '404.html': '<h1>Không tìm thấy trang</h1>',
  '_astro/site.css': 'body{}',
  _headers: `/*\n  Content-Security-Policy: ${CSP}\n/_astro/*\n  X-Asset: yes\n`,
};

let root: string;
let server: RunningServer;
const get = (path: string) => fetch(server.url + path, { redirect: 'manual' });

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'tdbv-serve-'));
  for (const [file, text] of Object.entries(SITE)) {
    await mkdir(dirname(join(root, file)), { recursive: true });
    await writeFile(join(root, file), text);
  }
  server = await serveStatic(root);
});
afterAll(async () => {
  await server.close();
  await rm(root, { recursive: true, force: true });
});

describe('serveStatic', () => {
  it('serves a folder’s index.html with the headers _headers sets for its path', async () => {
    const home = await get('/mo-hinh/');
    expect(home.status).toBe(200);
    expect(home.headers.get('content-type')).toMatch(/^text\/html/);
    expect(home.headers.get('content-security-policy')).toBe(CSP);
    expect(await home.text()).toBe('<h1>Mô hình</h1>');
    const css = await get('/_astro/site.css');
    expect(css.headers.get('content-type')).toMatch(/^text\/css/);
    expect(css.headers.get('x-asset')).toBe('yes');
  });

  it('redirects a folder without its slash, keeping the query', async () => {
    const response = await get('/mo-hinh?q=r');
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/mo-hinh/?q=r');
  });

  it('answers an unknown path with 404.html, status 404 and the site’s headers', async () => {
    const response = await get('/khong-co/');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBe(CSP);
    expect(await response.text()).toBe('<h1>Không tìm thấy trang</h1>');
  });

  it('sends a cache lifetime only when asked, as the benchmark does', async () => {
    expect((await get('/')).headers.get('cache-control')).toBeNull();
    const cached = await serveStatic(root, { maxAge: 60 });
    try {
      expect((await fetch(`${cached.url}/`)).headers.get('cache-control')).toBe('public,max-age=60');
    } finally {
      await cached.close();
    }
  });
});
