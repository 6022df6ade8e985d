/**
 * Whole-site checks on every built page (the sitemap, plus /404.html and /tim-kiem/):
 * accessibility with axe (WCAG 2.2 AA; the CMS login screen at /admin/ too), HTML validity with html-validate, links and
 * assets that resolve inside the build, and a title, description and canonical URL.
 * Each test lists every page and problem it finds rather than stopping at the first.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatViolation, runAxe } from '../support/axe';
import { launchBrowser } from '../support/browser';
import { PROJECT_ROOT } from '../support/buildSite';
import { readBuiltSite, sitemapPages } from '../support/builtSite';
import { checkReferences, cssUrls, fileForPath, formatLinkProblem, pageReferences, resolveReference } from '../support/linkCheck';
import { mapConcurrent } from '~/lib/mapConcurrent';
import { headProblems, pageHead } from '../support/pageHead';

const siteDir = inject('siteDir');
const siteUrl = inject('siteUrl');
/** Two cores: two pages at a time. */
const CONCURRENCY = 2;
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 360, height: 740 };

const sitemap = sitemapPages(siteDir);
/** URL paths of every page to check. */
const pages = [...new Set([...sitemap.paths, '/404.html', '/tim-kiem/', '/chia-se/'])];
const site = readBuiltSite(siteDir, [sitemap.origin, siteUrl]);
const html = (path: string) => readFileSync(join(siteDir, fileForPath(path)), 'utf8');

/** Home, a model profile, an article, search, statistics and the glossary: the page kinds checked again at phone width. */
const phonePages = [
  '/',
  pages.find((p) => /^\/mo-hinh\/(?!loai\/|linh-vuc\/)[^/]+\/$/.test(p)),
  pages.find((p) => /^\/bai-viet\/[^/]+\/$/.test(p)),
  '/tim-kiem/',
  '/thong-ke/',
  '/thuat-ngu/',
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** axe violations, one line each, on `paths` at the given viewport, two tabs at a time. */
async function axeProblems(paths: readonly string[], viewport: { width: number; height: number }): Promise<string[]> {
  const context = await browser.newContext({ viewport, locale: 'vi-VN', reducedMotion: 'reduce' });
  try {
    const tabs = await Promise.all(Array.from({ length: CONCURRENCY }, () => context.newPage()));
    const found = await mapConcurrent(paths, CONCURRENCY, async (path, worker) => {
      const tab = tabs[worker];
      if (!tab) throw new Error(`no tab ${worker}`);
      const response = await tab.goto(siteUrl + path, { waitUntil: 'load' });
      if (response?.status() !== 200) return [`${path} [${viewport.width}px] answered HTTP ${response?.status() ?? 'nothing'}`];
      const violations = await runAxe(tab);
      return violations.map((v) => formatViolation(path, `${viewport.width}px`, v));
    });
    return found.flat();
  } finally {
    await context.close();
  }
}

describe('every built page', () => {
  it('is found through the sitemap, with search and the 404 page', () => {
    expect(sitemap.paths.length).toBeGreaterThan(30);
    expect(sitemap.paths).toContain('/');
    expect(sitemap.paths.filter((p) => p.startsWith('/admin/'))).toEqual([]);
    expect(
      phonePages.every((p) => p !== undefined),
      `phone pages: ${phonePages.join(', ')}`,
    ).toBe(true);
    for (const path of pages) expect(site.files.has(fileForPath(path)), `${path} is not built`).toBe(true);
  });

  it('would be caught by the axe check if an image had no text alternative', async () => {
    const tab = await browser.newPage();
    try {
      await tab.goto(`${siteUrl}/404.html`);
      await tab.evaluate(() => document.querySelector('main')?.append(document.createElement('img')));
      expect((await runAxe(tab)).map((v) => v.rule)).toContain('image-alt');
    } finally {
      await tab.close();
    }
  });

  it('has no WCAG 2.2 AA violations found by axe at desktop width', async () => {
    expect(await axeProblems(pages, DESKTOP)).toEqual([]);
  });

  it('has no WCAG 2.2 AA violations found by axe at 360 px on home, a model, an article, search, statistics and the glossary', async () => {
    expect(
      await axeProblems(
        phonePages.filter((p) => p !== undefined),
        PHONE,
      ),
    ).toEqual([]);
  });

  it('has no WCAG 2.2 AA violations found by axe on the CMS login screen (/admin/) at desktop and 360 px', async () => {
    const problems: string[] = [];
    for (const viewport of [DESKTOP, PHONE]) {
      const tab = await browser.newPage({ viewport, locale: 'vi-VN', reducedMotion: 'reduce' });
      try {
        await tab.goto(`${siteUrl}/admin/`);
        // Decap draws the login screen after its bundle runs; "Quay về trang web" is the text that once failed contrast.
        await tab.getByRole('link', { name: 'Quay về trang web' }).waitFor();
        problems.push(...(await runAxe(tab)).map((v) => formatViolation('/admin/', `${viewport.width}px`, v)));
      } finally {
        await tab.close();
      }
    }
    expect(problems).toEqual([]);
  });

  it('is valid HTML under html-validate:recommended and the project config', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const problems: string[] = [];
    for (const path of pages) {
      // Named as if in the project root, so the validator reads the project's .htmlvalidate.mjs.
      const report = await validator.validateString(html(path), join(PROJECT_ROOT, fileForPath(path)));
      for (const result of report.results) {
        for (const m of result.messages) {
          problems.push(`${path}:${m.line}:${m.column} [${m.ruleId}] ${m.message}${m.selector ? ` — ${m.selector}` : ''}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('links only to pages, anchors, images, stylesheets and scripts that exist in the build', () => {
    const references = pages.map((path) => [path, pageReferences(html(path))] as const);
    const problems = references.flatMap(([path, refs]) => checkReferences(path, refs, site));
    // The fonts and images that linked stylesheets load in turn (inline <style> is in the page's references).
    const stylesheets = new Set(
      pages.flatMap((path) =>
        pageReferences(html(path))
          .filter((r) => r.source === 'link[href]' && /\.css([?#]|$)/.test(r.url))
          .map((r) => resolveReference(r.url, path, site.origins))
          .flatMap((r) => (r.kind === 'internal' && site.files.has(fileForPath(r.pathname)) ? [r.pathname] : [])),
      ),
    );
    for (const css of stylesheets) {
      const text = readFileSync(join(siteDir, fileForPath(css)), 'utf8');
      problems.push(
        ...checkReferences(
          css,
          cssUrls(text).map((url) => ({ source: 'css url()', url })),
          site,
        ),
      );
    }
    // The fonts are referenced from CSS, inline or linked: proof that CSS urls were checked at all.
    const cssReferences = references.flatMap(([, refs]) => refs).filter((r) => r.source.endsWith('css url()')).length;
    expect(cssReferences + stylesheets.size).toBeGreaterThan(0);
    expect(problems.map(formatLinkProblem)).toEqual([]);
  });

  it('has a title, a meta description and a canonical URL of its own path', () => {
    const problems = pages.flatMap((path) =>
      headProblems(path, pageHead(html(path)), sitemap.origin, path !== '/404.html').map((problem) => `${path} ${problem}`),
    );
    expect(problems).toEqual([]);
  });
});
