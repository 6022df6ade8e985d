/**
 * The GitHub Pages deploy target: a host that sends no security header at all. The build
 * is served without its _headers file, so only the policy each page carries in
 * `<meta http-equiv>` (and the admin's frame guard) stands between a reader and a script.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../support/browser';
import { TEST_BUILDS } from '../support/buildSite';
import { decapStarted, openWatched } from '../support/cspViolations';
import { serveStatic, type RunningServer } from '../support/staticServer';

const META = '<meta http-equiv="Content-Security-Policy"';
/** What an attacker's HTML would try if the sanitiser ever let it through. */
const INJECTED = '<script>window.__xss = "inline"</script><img src="/nope.png" onerror="window.__xss = \'onerror\'">';

let root: string;
let other: string;
let site: RunningServer;
let elsewhere: RunningServer;
let browser: Browser;

beforeAll(async () => {
  root = await mkdtemp(join(TEST_BUILDS, 'pages-'));
  await cp(inject('siteDir'), root, { recursive: true });
  await rm(join(root, '_headers'));
  const about = await readFile(join(root, 'gioi-thieu/index.html'), 'utf8');
  // The same page twice with injected script: as built, and with its meta policy removed (the control).
  await writeFile(join(root, 'gioi-thieu/tiem.html'), about.replace('</main>', `${INJECTED}</main>`));
  await writeFile(
    join(root, 'gioi-thieu/khong-chinh-sach.html'),
    about.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '').replace('</main>', `${INJECTED}</main>`),
  );
  site = await serveStatic(root);
  // Another origin that tries to frame the admin (clickjacking).
  other = await mkdtemp(join(TEST_BUILDS, 'frame-'));
  await writeFile(join(other, 'index.html'), `<!doctype html><title>Khung</title><iframe src="${site.url}/admin/" width="800" height="600"></iframe>`);
  elsewhere = await serveStatic(other);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await elsewhere?.close();
  await rm(root, { recursive: true, force: true });
  await rm(other, { recursive: true, force: true });
});

const xss = (page: Page) => page.evaluate(() => (window as unknown as { __xss?: string }).__xss);

describe('a host that sends no headers (GitHub Pages)', () => {
  it('sends no CSP header, so the page must carry it', async () => {
    expect((await fetch(`${site.url}/`)).headers.get('content-security-policy')).toBeNull();
  });

  it.each(['/', '/tim-kiem/', '/admin/', '/404.html'])('%s carries its policy before any style or script', async (path) => {
    const html = await (await fetch(`${site.url}${path}`)).text();
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head).toContain(META);
    const firstActive = head.search(/<style|<script(?![^>]*type="application\/(?:ld\+)?json")/);
    expect(head.indexOf(META)).toBeLessThan(firstActive === -1 ? Infinity : firstActive);
  });

  it('blocks inline script and event handlers by the page policy alone (and the same page without it runs them)', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}/gioi-thieu/tiem.html`);
    await page.waitForLoadState('networkidle');
    expect(await xss(page)).toBeUndefined();
    await page.goto(`${site.url}/gioi-thieu/khong-chinh-sach.html`);
    await page.waitForLoadState('networkidle');
    expect(await xss(page)).toBeDefined();
    await page.close();
  });

  it('refuses WebAssembly everywhere, the search page included (its index is plain script)', async () => {
    // The smallest valid module: the magic number and version.
    const compiles = (page: Page) =>
      page.evaluate(() =>
        WebAssembly.compile(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])).then(
          () => 'compiled',
          (e: Error) => e.name,
        ),
      );
    const page = await browser.newPage();
    await page.goto(`${site.url}/`);
    expect(await compiles(page)).toBe('CompileError');
    await page.goto(`${site.url}/tim-kiem/`);
    expect(await compiles(page)).toBe('CompileError');
    // The same browser compiles it on a page without the policy: the refusals above are the policy's.
    await page.goto(`${site.url}/gioi-thieu/khong-chinh-sach.html`);
    expect(await compiles(page)).toBe('compiled');
    await page.close();
  });

  it('search still runs with no CSP violation', async () => {
    const { page, violations } = await openWatched(browser, `${site.url}/tim-kiem/?q=rung`);
    await page.waitForSelector('main li a[href^="/mo-hinh/"]', { timeout: 15_000 });
    expect(await violations()).toEqual([]);
    await page.close();
  });

  it('the admin starts when opened directly, with no CSP violation', async () => {
    const { page, violations } = await openWatched(browser, `${site.url}/admin/`);
    await decapStarted(page);
    await page.waitForTimeout(1000);
    expect(await violations()).toEqual([]);
    await page.close();
  });

  it('the admin refuses to start inside another site’s frame, where no frame-ancestors header protects it', async () => {
    const page = await browser.newPage();
    await page.goto(`${elsewhere.url}/`);
    const frame = page.frames().find((f) => f.url().startsWith(`${site.url}/admin/`));
    expect(frame).toBeDefined();
    await frame?.waitForLoadState('load');
    await expect.poll(() => frame?.evaluate(() => document.body.innerText), { timeout: 10_000 }).toContain('không mở được bên trong trang khác');
    await page.waitForTimeout(1000);
    expect(await frame?.evaluate(() => document.querySelectorAll('button, input').length)).toBe(0);
    await page.close();
  });
});
