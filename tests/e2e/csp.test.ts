/**
 * The built site served with its own _headers, as a static host would: public pages
 * and the admin work under their Content-Security-Policy with no violation reported.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../support/browser';
import { decapStarted, openWatched as openWatchedAt } from '../support/cspViolations';
import { entryIds } from '../support/content';
import { buildSite, removeDir } from '../support/buildSite';
import { withEnv } from '../support/withEnv';
import { headersForPath, parseHeadersFile } from '../support/headersFile';

const siteUrl = inject('siteUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const openWatched = (path: string) => openWatchedAt(browser, `${siteUrl}${path}`);

describe('security headers', () => {
  it('are sent with public pages: a strict CSP, nosniff, referrer and permissions policies, no framing', async () => {
    const response = await fetch(`${siteUrl}/`);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    const scriptSrc = (
      csp
        .split(';')
        .map((d) => d.trim())
        .find((d) => d.startsWith('script-src')) ?? ''
    ).split(' ');
    expect(scriptSrc).toContain("'self'");
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(scriptSrc).not.toContain("'unsafe-eval'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('permissions-policy')).toContain('camera=()');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
  });

  it("allow no eval or WebAssembly anywhere public, search included, and serve the site's SVG as an inert image", async () => {
    const scriptSrc = async (path: string) => (await fetch(`${siteUrl}${path}`)).headers.get('content-security-policy')?.match(/script-src [^;]*/)?.[0];
    expect(await scriptSrc('/tim-kiem/')).toBe("script-src 'self'");
    expect(await scriptSrc('/pagefind/vi-words.json')).toBe("script-src 'self'");
    expect(await scriptSrc('/')).toBe("script-src 'self'");
    expect(await scriptSrc('/mo-hinh/')).toBe("script-src 'self'");
    expect(await scriptSrc('/favicon.svg')).toBe("script-src 'none'");
  });

  it('give /admin its own looser policy instead of the public one', async () => {
    const response = await fetch(`${siteUrl}/admin/`);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain('blob:');
    expect(csp).not.toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
  });
});

describe('pages under their policies in Chromium', () => {
  const model = entryIds('models')[0];
  const article = entryIds('articles')[0];

  it.each(['/', `/mo-hinh/${model}/`, `/bai-viet/${article}/`, '/dia-ban/', '/khong-co-trang-nay/'])('%s loads with no CSP violation', async (path) => {
    const { page, violations } = await openWatched(path);
    await page.waitForLoadState('networkidle');
    expect(await violations()).toEqual([]);
    await page.close();
  });

  it('search runs its own index with no CSP violation', async () => {
    const { page, violations } = await openWatched('/tim-kiem/?q=rung');
    await page.waitForSelector('main li a[href^="/mo-hinh/"]', { timeout: 15_000 });
    expect(await violations()).toEqual([]);
    await page.close();
  });

  it('the admin starts Decap CMS with no CSP violation', async () => {
    const { page, violations } = await openWatched('/admin/');
    // Decap's login screen (local backend) or its configuration error both mean the app ran.
    await decapStarted(page);
    await page.waitForTimeout(1000);
    expect(await violations()).toEqual([]);
    await page.close();
  });
});

describe('a production build (CMS_BACKEND=github, CSP_REPORT_URL set)', () => {
  it('lets its admin talk to GitHub and never to decap-server, and reports violations from headers only', async () => {
    const env = {
      CMS_BACKEND: 'github',
      CMS_REPO: 'cong-an-tuyen-quang/antt',
      CMS_BASE_URL: 'https://oauth.example.vn',
      CSP_REPORT_URL: 'https://bao-cao.example.vn/csp',
    };
    const dist = await withEnv(env, () => buildSite());
    try {
      const admin = headersForPath(parseHeadersFile(await readFile(join(dist, '_headers'), 'utf8')), '/admin/');
      const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(await readFile(join(dist, 'admin/index.html'), 'utf8'))?.[1] ?? '';
      for (const csp of [admin['Content-Security-Policy'] ?? '', meta]) {
        expect(csp).toContain('https://api.github.com');
        expect(csp).not.toMatch(/localhost|127\.0\.0\.1/);
      }
      expect(admin['Content-Security-Policy']).toContain('report-uri https://bao-cao.example.vn/csp');
      expect(admin['Reporting-Endpoints']).toBe('csp="https://bao-cao.example.vn/csp"');
      expect(meta).not.toContain('report');
    } finally {
      await removeDir(dist);
    }
  });
});
