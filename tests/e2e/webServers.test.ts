/**
 * The nginx and Caddy deploy targets: the real build served by a real nginx and a real
 * Caddy with the configuration `npm run server-config -- nginx|caddy` generates, checked
 * by the server itself (`nginx -t`, `caddy validate`) and in Chromium.
 */
import { cp, mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { headersFor } from '~/lib/security/headers';
import { readSecuritySettings } from '~/lib/security/securitySettings';
import { serverConfig } from '~/lib/security/serverConfig';
import { launchBrowser } from '../support/browser';
import { TEST_BUILDS, removeDir } from '../support/buildSite';
import { decapStarted, openWatched } from '../support/cspViolations';
import { startCaddy } from '../support/caddy';
import { startNginx } from '../support/nginx';
import type { RunningWebServer } from '../support/webServer';

const settings = readSecuritySettings(process.env);
let root: string;
let browser: Browser;

beforeAll(async () => {
  // A copy of the build, plus what an attacker would have tried to publish: an SVG that loads a script of the same origin.
  root = join(TEST_BUILDS, `servers-${process.pid}`);
  await cp(inject('siteDir'), root, { recursive: true });
  await mkdir(join(root, 'media'), { recursive: true });
  // The seed content has no photo: a published one, as the CMS would commit it.
  await writeFile(
    join(root, 'media/anh.jpg'),
    await sharp({ create: { width: 8, height: 8, channels: 3, background: '#9b1c1c' } })
      .jpeg()
      .toBuffer(),
  );
  await writeFile(join(root, 'media/tien-ich.js'), 'window.__xss = "svg";');
  await writeFile(
    join(root, 'media/bao-cao.svg'),
    '<svg xmlns="http://www.w3.org/2000/svg"><script href="/media/tien-ich.js"/><script>window.__xss = "inline"</script><rect width="10" height="10"/></svg>',
  );
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await removeDir(root);
});

const TARGETS = [
  { name: 'nginx', start: startNginx, verdict: [/syntax is ok/, /test is successful/] },
  { name: 'caddy', start: startCaddy, verdict: [/Valid configuration/] },
] as const;

describe.each(TARGETS)('the generated $name configuration', ({ name, start, verdict }) => {
  let server: RunningWebServer;
  let url: string;

  beforeAll(async () => {
    server = await start([{ root, include: serverConfig(name, settings, 'https://antt.example.vn') }]);
    url = server.urls[0] ?? '';
  });
  afterAll(async () => {
    await server?.close();
  });

  /** The headers the server sent, with the names as headersFor() spells them. */
  async function sent(path: string): Promise<{ status: number; headers: Record<string, string> }> {
    const response = await fetch(`${url}${path}`, { redirect: 'manual' });
    expect(response.headers.get('content-type'), path).not.toBeNull();
    const expected = Object.keys(headersFor('public', settings)).concat('Reporting-Endpoints');
    const headers = Object.fromEntries(expected.flatMap((name) => (response.headers.has(name) ? [[name, response.headers.get(name) ?? '']] : [])));
    return { status: response.status, headers };
  }

  describe('as the server reads it', () => {
    it('passes the server own check', () => {
      for (const pattern of verdict) expect(server.testOutput).toMatch(pattern);
    });

    it('sends every header of each kind of response: page, search, admin, image, SVG and 404', async () => {
      const font = `/_astro/${(await readdir(join(root, '_astro'))).find((file) => file.endsWith('.woff2'))}`;
      expect(await sent('/')).toEqual({ status: 200, headers: headersFor('public', settings) });
      expect(await sent('/tim-kiem/')).toEqual({ status: 200, headers: headersFor('search', settings) });
      expect(await sent('/pagefind/vi-words.json')).toEqual({ status: 200, headers: headersFor('search', settings) });
      expect(await sent('/admin/')).toEqual({ status: 200, headers: headersFor('admin', settings) });
      expect(await sent('/media/anh.jpg')).toEqual({ status: 200, headers: headersFor('public', settings) });
      expect(await sent(font)).toEqual({ status: 200, headers: headersFor('public', settings) });
      expect(await sent('/favicon.svg')).toEqual({ status: 200, headers: headersFor('svg', settings) });
      expect(await sent('/khong-co-trang-nay/')).toEqual({ status: 404, headers: headersFor('public', settings) });
      expect(await (await fetch(`${url}/khong-co-trang-nay/`)).text()).toContain('<meta http-equiv="Content-Security-Policy"');
      expect((await fetch(`${url}/_headers`)).status).toBe(404);
    });

    it('runs nothing from an SVG opened on its own, even one loading a script of the same origin', async () => {
      const page = await browser.newPage();
      const scripts: string[] = [];
      page.on('request', (request) => void (request.url().endsWith('.js') && scripts.push(request.url())));
      const response = await page.goto(`${url}/media/bao-cao.svg`);
      expect(response?.status()).toBe(200);
      expect(response?.headers()['content-type']).toBe('image/svg+xml');
      expect(response?.headers()['content-security-policy']).toBe(headersFor('svg', settings)['Content-Security-Policy']);
      await page.waitForTimeout(500);
      expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();
      expect(scripts).toEqual([]);
      await page.close();
    });
  });

  describe('pages under it in Chromium', () => {
    it.each(['/', '/dia-ban/', '/gioi-thieu/', '/khong-co-trang-nay/'])('%s loads with no CSP violation', async (path) => {
      const { page, violations } = await openWatched(browser, `${url}${path}`);
      await page.waitForLoadState('networkidle');
      expect(await violations()).toEqual([]);
      await page.close();
    });

    it('search runs Pagefind in its worker with no CSP violation', async () => {
      const { page, violations } = await openWatched(browser, `${url}/tim-kiem/?q=rung`);
      await page.waitForSelector('main li a[href^="/mo-hinh/"]', { timeout: 15_000 });
      expect(await violations()).toEqual([]);
      await page.close();
    });

    it('the admin starts Decap CMS with no CSP violation', async () => {
      const { page, violations } = await openWatched(browser, `${url}/admin/`);
      await decapStarted(page);
      await page.waitForTimeout(1000);
      expect(await violations()).toEqual([]);
      await page.close();
    });
  });
});
