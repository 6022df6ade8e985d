/**
 * The portal's layout as a reader sees it in Chromium, at 360 px and on a desktop: the
 * header with the unit's names, one search box per first screen, the side column of
 * articles and profiles, the footer closing short pages, and a profile's facts on a
 * phone's first screen. Expected names come from the settings file and the content.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { pageWeight } from '../../bench/measureOutput.mjs';
import { launchBrowser } from '../support/browser';
import { PROJECT_ROOT } from '../support/buildSite';
import { sitemapPages } from '../support/builtSite';
import { entryIds, frontMatter } from '../support/content';

const siteDir = inject('siteDir');
const siteUrl = inject('siteUrl');
const settings = parse(readFileSync(join(PROJECT_ROOT, 'content/settings/site.yml'), 'utf8')) as Record<string, unknown>;
const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 800 };
const ARTICLE = `/bai-viet/${entryIds('articles')[0]}/`;
/** The profile with the longest name: the hardest case for a phone's first screen. */
const LONGEST_MODEL = entryIds('models').sort((a, b) => String(frontMatter('models', b).name).length - String(frontMatter('models', a).name).length)[0];
const MODEL = `/mo-hinh/${LONGEST_MODEL}/`;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function open(path: string, viewport: { width: number; height: number }, run: (page: Page) => Promise<void>) {
  const page = await browser.newPage({ viewport, locale: 'vi-VN' });
  try {
    await page.goto(siteUrl + path);
    await run(page);
  } finally {
    await page.close();
  }
}

const box = async (page: Page, selector: string) => {
  const found = await page.locator(selector).first().boundingBox();
  if (!found) throw new Error(`${selector} is not on screen`);
  return found;
};

describe('the header', () => {
  it.each([
    ['a phone', PHONE],
    ['a desktop', DESKTOP],
  ])('on %s names the unit and the site in the band, and the menu stays on one line', async (_, viewport) => {
    await open(ARTICLE, viewport, async (page) => {
      const brand = page.getByRole('banner').getByRole('link', { name: new RegExp(String(settings.publisher), 'i') });
      await expect(brand.textContent()).resolves.toContain('Toàn dân bảo vệ an ninh Tổ quốc');
      const links = page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link');
      const tops = await links.evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().top)));
      expect(tops.length).toBe(4);
      expect(new Set(tops).size, `menu rows: ${tops.join(', ')}`).toBe(1);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    });
  });

  it('shows no emblem while the settings have no logo: the identity is text only', async () => {
    expect(settings.logo).toBeUndefined();
    await open('/', DESKTOP, async (page) => {
      expect(await page.locator('.brand img, .brand svg').count()).toBe(0);
    });
  });

  it('on a phone gives a link to the search page instead of a box whose hint would be cut', async () => {
    await open(ARTICLE, PHONE, async (page) => {
      expect(await page.locator('#site-search').isVisible()).toBe(false);
      const link = page.getByRole('banner').getByRole('link', { name: 'Tìm kiếm' });
      expect(await link.isVisible()).toBe(true);
      expect(await link.getAttribute('href')).toBe('/tim-kiem/');
    });
  });

  it('on a desktop shows the search box with its whole placeholder', async () => {
    await open(ARTICLE, DESKTOP, async (page) => {
      const input = page.locator('#site-search');
      expect(await input.isVisible()).toBe(true);
      const { text, room } = await input.evaluate((el: HTMLInputElement) => {
        const style = getComputedStyle(el);
        const context = document.createElement('canvas').getContext('2d')!;
        context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const padding = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
        return { text: context.measureText(el.placeholder).width, room: el.clientWidth - padding };
      });
      expect(text).toBeGreaterThan(0);
      expect(text).toBeLessThanOrEqual(room);
    });
  });
});

describe('the home page', () => {
  it.each([
    ['a phone', PHONE],
    ['a desktop', DESKTOP],
  ])('on %s has one search box on its first screen', async (_, viewport) => {
    await open('/', viewport, async (page) => {
      const boxes = await page
        .getByRole('searchbox')
        .evaluateAll((els, height) => els.filter((el) => el.checkVisibility() && el.getBoundingClientRect().top < height).length, viewport.height);
      expect(boxes).toBe(1);
    });
  });
});

describe('articles and profiles', () => {
  it.each([ARTICLE, MODEL])('on a desktop, %s has its latest news and related models beside the text', async (path) => {
    await open(path, DESKTOP, async (page) => {
      const side = page.getByRole('complementary', { name: 'Đọc thêm' });
      expect(await side.getByRole('heading', { name: /Mô hình/ }).count()).toBeGreaterThan(0);
      expect(await side.getByRole('link').count()).toBeGreaterThan(0);
      const text = await box(page, 'main article');
      const aside = await box(page, 'main aside');
      expect(aside.x).toBeGreaterThanOrEqual(text.x + text.width);
      expect(aside.y).toBeLessThan(text.y + DESKTOP.height / 2);
    });
  });

  it('on a profile, the side column links to other profiles and to the latest news', async () => {
    await open(MODEL, DESKTOP, async (page) => {
      const side = page.getByRole('complementary', { name: 'Đọc thêm' });
      const related = side.getByRole('region', { name: 'Mô hình liên quan' }).getByRole('link');
      expect(await related.count()).toBeGreaterThan(0);
      for (const href of await related.evaluateAll((els) => els.map((el) => el.getAttribute('href')))) {
        expect(href).toMatch(/^\/mo-hinh\/[^/]+\/$/);
        expect(href).not.toBe(MODEL);
      }
      expect(
        await side
          .getByRole('region', { name: 'Tin mới' })
          .getByRole('link', { name: String(frontMatter('articles', entryIds('articles')[0]!).title) })
          .count(),
      ).toBe(1);
    });
  });

  it.each([ARTICLE, MODEL])('on a phone, %s puts the side column below the text', async (path) => {
    await open(path, PHONE, async (page) => {
      const text = await box(page, 'main article');
      const aside = await box(page, 'main aside');
      expect(aside.y).toBeGreaterThanOrEqual(text.y + text.height);
    });
  });

  it('on a phone, the longest profile shows its trail on one line and its facts box on the first screen', async () => {
    await open(MODEL, PHONE, async (page) => {
      const trail = await box(page, '.breadcrumbs ol');
      const line = await page
        .locator('.breadcrumbs a')
        .first()
        .evaluate((el) => parseFloat(getComputedStyle(el).lineHeight) || el.getBoundingClientRect().height);
      expect(trail.height).toBeLessThan(line * 1.8);
      const facts = await page.getByRole('region', { name: 'Thông tin mô hình' }).boundingBox();
      expect(facts && facts.y).toBeLessThan(PHONE.height);
    });
  });
});

describe('short pages', () => {
  it('end with the footer at the bottom of a tall screen, with no white band under it', async () => {
    await open('/404.html', { width: 1280, height: 1600 }, async (page) => {
      const footer = await box(page, 'footer.site-footer');
      expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(1600);
      expect(footer.y + footer.height).toBeGreaterThanOrEqual(1600 - 1);
    });
  });
});

describe('filters', () => {
  it.each([
    ['a phone', PHONE],
    ['a desktop', DESKTOP],
  ])('on %s show every label of the search filters and model directory whole', async (_, viewport) => {
    const clipped = (page: Page, selector: string) =>
      page
        .locator(selector)
        .evaluateAll((els) =>
          els.filter((el) => el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1).map((el) => el.textContent?.trim()),
        );
    await open('/mo-hinh/', viewport, async (page) => {
      expect(await page.locator('nav.facets a').count()).toBeGreaterThan(0);
      expect(await clipped(page, 'nav.facets a')).toEqual([]);
    });
    await open('/tim-kiem/?q=r%E1%BB%ABng', viewport, async (page) => {
      // The results first: the page's script is running, and opening the filters fetches their counts.
      await page.locator('.result-list li').first().waitFor();
      const toggle = page.locator('summary:visible');
      if ((await toggle.count()) > 0) await toggle.first().click();
      await page.locator('.facets label:visible').first().waitFor();
      expect(await clipped(page, '.facets label')).toEqual([]);
    });
  });
});

describe('page weight', () => {
  it('keeps every article and profile at 0 kB of script and ≤ 14 kB of HTML and CSS gzipped, side column included', async () => {
    const paths = sitemapPages(siteDir).paths.filter((p) => /^\/(bai-viet|mo-hinh)\/[^/]+\/$/.test(p) && !/^\/mo-hinh\/(loai|linh-vuc)\//.test(p));
    expect(paths).toContain(MODEL);
    const heavy = [];
    for (const path of paths) {
      const w = await pageWeight(siteDir, path);
      if (w.js.files > 0 || w.html.gzip + w.css.gzip > 14_000) heavy.push(`${path}: ${w.html.gzip + w.css.gzip} B, ${w.js.files} JS`);
    }
    expect(heavy).toEqual([]);
  });
});
