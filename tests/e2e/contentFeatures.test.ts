/**
 * Builds the site with content of its own (the seed's articles and models replaced by one
 * article with a photo gallery and five models whose facts are known here) and reads it in
 * Chromium at 360 px and at desktop width: the gallery as readers see it, the statistics
 * page's numbers against the models written below, and the glossary's <abbr> in a body.
 */
import { rm, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ui } from '~/i18n/ui';
import { SECTORS, labelOf } from '~/schema/taxonomy';
import { pageWeight } from '../../bench/measureOutput.mjs';
import { formatViolation, runAxe } from '../support/axe';
import { photo } from '../support/contentFixture';
import { servedCopy, testArticleFront, type ServedCopy } from '../support/servedCopy';

const ARTICLE = 'bai-co-bo-anh';
const ARTICLE_PATH = `/bai-viet/${ARTICLE}/`;
const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 800 };

/** The gallery as written in the article's front matter; the first photo is wider than the largest copy readers open. */
const GALLERY = [
  { file: 'hop-to.jpg', width: 2400, height: 1600, alt: 'Tổ tự quản họp bàn kế hoạch tuần tra', caption: 'Buổi họp tổ tự quản tháng 5' },
  { file: 'tuan-tra.png', width: 800, height: 600, alt: 'Hai thành viên tổ tuần tra đường điện' },
  { file: 'trao-thuong.jpg', width: 500, height: 400, alt: 'Trao giấy khen cho tổ tự quản', caption: 'Trao giấy khen' },
];

const BODY = [
  'Mô hình góp phần giữ vững ANTT ở cơ sở; ANTT được giữ ổn định.',
  '',
  'Xem [trang UBND xã](/lien-he/). Sau đó UBND xã tổng kết mô hình.',
  '',
].join('\n');

/** Five models whose counts the statistics page must show; the draft must not be counted. */
const MODELS = [
  { id: 'mo-hinh-a', type: 'tu-quan', sector: 'ngan-hang', locality: 'xa-trang-da', established: 2019 },
  { id: 'mo-hinh-b', type: 'tu-quan', sector: 'ngan-hang', locality: 'phuong-nong-tien', established: 2019 },
  { id: 'mo-hinh-c', type: 'lien-ket', sector: 'rung', locality: 'xa-tan-thanh', established: 2021 },
  { id: 'mo-hinh-d', type: 'lien-ket', sector: 'xang-dau', locality: 'xa-tam-da' },
  { id: 'mo-hinh-nhap', type: 'tu-quan', sector: 'rung', locality: 'xa-trang-da', established: 2018, draft: true },
];

const modelFile = (m: (typeof MODELS)[number]) =>
  [
    '---',
    `name: "Mô hình thử ${m.id}"`,
    `type: ${m.type}`,
    `sector: ${m.sector}`,
    `host: "Đơn vị thử ${m.id}"`,
    `locality: ${m.locality}`,
    ...(m.established ? [`established: ${m.established}`] : []),
    `summary: "Mô hình dùng để kiểm tra trang thống kê."`,
    `draft: ${m.draft === true}`,
    '---',
    '',
    'Nội dung thử.',
    '',
  ].join('\n');

let site: ServedCopy;

beforeAll(async () => {
  site = await servedCopy(async (root) => {
    await rm(join(root, 'content/articles'), { recursive: true });
    await rm(join(root, 'content/models'), { recursive: true });
    const dir = join(root, 'content/articles', ARTICLE);
    await mkdir(dir, { recursive: true });
    for (const p of GALLERY) await writeFile(join(dir, p.file), await photo(p.file.endsWith('.png') ? 'png' : 'jpeg', p.width, p.height));
    const gallery = GALLERY.map((p) => `  - src: ./${p.file}\n    alt: "${p.alt}"\n${p.caption ? `    caption: "${p.caption}"\n` : ''}`).join('');
    const front = testArticleFront('Bài có bộ ảnh', 'Bài dùng để kiểm tra bộ ảnh, trang thống kê và chú giải chữ viết tắt.').replace(
      /\n---\n\n$/,
      `\ngallery:\n${gallery}---\n\n`,
    );
    await writeFile(join(dir, 'index.md'), front + BODY);
    for (const m of MODELS) {
      await mkdir(join(root, 'content/models', m.id), { recursive: true });
      await writeFile(join(root, 'content/models', m.id, 'index.md'), modelFile(m));
    }
  });
}, 600_000);

afterAll(async () => {
  await site?.close();
});

async function open(path: string, viewport: { width: number; height: number }): Promise<Page> {
  const page = await site.browser.newPage({ viewport, locale: 'vi-VN' });
  const response = await page.goto(site.server.url + path, { waitUntil: 'load' });
  expect(response?.status()).toBe(200);
  return page;
}

/** What a page shows wider than the screen, if anything (the reader would have to scroll sideways). */
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe.each([
  ['360 px', PHONE],
  ['desktop', DESKTOP],
])('at %s', (_, viewport) => {
  it.each([ARTICLE_PATH, '/thong-ke/', '/thuat-ngu/'])('%s has no axe violations and fits the screen', async (path) => {
    const page = await open(path, viewport);
    try {
      expect((await runAxe(page)).map((v) => formatViolation(path, `${viewport.width}px`, v))).toEqual([]);
      expect(await overflow(page)).toBe(0);
    } finally {
      await page.close();
    }
  });
});

describe('an article with a photo gallery', () => {
  it('shows every photo with its description, captions where given, as AVIF and WebP with width and height', async () => {
    const page = await open(ARTICLE_PATH, DESKTOP);
    try {
      const gallery = page.getByRole('region', { name: ui.gallery.heading(GALLERY.length) });
      const figures = gallery.locator('figure');
      await expect(figures.count()).resolves.toBe(GALLERY.length);
      for (const [i, p] of GALLERY.entries()) {
        const figure = figures.nth(i);
        const img = figure.getByRole('img', { name: p.alt });
        await expect(img.count()).resolves.toBe(1);
        await expect(img.getAttribute('width')).resolves.toMatch(/^\d+$/);
        await expect(img.getAttribute('height')).resolves.toMatch(/^\d+$/);
        const types = await figure.locator('picture source').evaluateAll((sources) => sources.map((s) => s.getAttribute('type')));
        expect(types).toEqual(['image/avif', 'image/webp']);
        await expect(figure.locator('figcaption').allInnerTexts()).resolves.toEqual(p.caption ? [p.caption] : []);
        // The photo has loaded (lazily, once scrolled to): a real image, not a broken link.
        await img.scrollIntoViewIfNeeded();
        await page.waitForFunction((el) => (el as HTMLImageElement).complete && (el as HTMLImageElement).naturalWidth > 0, await img.elementHandle());
      }
    } finally {
      await page.close();
    }
  });

  it('links each photo to a large copy no wider than the photo (and at most 1920 px), with no script on the page', async () => {
    const page = await open(ARTICLE_PATH, DESKTOP);
    try {
      const links = page.getByRole('region', { name: ui.gallery.heading(GALLERY.length) }).getByRole('link');
      const hrefs = await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      expect(hrefs).toHaveLength(GALLERY.length);
      for (const [i, href] of hrefs.entries()) {
        const large = await site.browser.newPage();
        try {
          const response = await large.goto(href);
          expect(response?.status()).toBe(200);
          expect(response?.headers()['content-type']).toBe('image/webp');
          const width = await large.evaluate(() => document.images[0]?.naturalWidth);
          expect(width).toBe(Math.min(GALLERY[i]!.width, 1920));
        } finally {
          await large.close();
        }
      }
      const scripts = await page.locator('script:not([type="application/ld+json"])').count();
      expect(scripts).toBe(0);
    } finally {
      await page.close();
    }
  });

  it('lays the photos out one per row at 360 px and side by side on a desktop', async () => {
    for (const [viewport, sideBySide] of [
      [PHONE, false],
      [DESKTOP, true],
    ] as const) {
      const page = await open(ARTICLE_PATH, viewport);
      try {
        const boxes = await page.locator('.gallery figure').evaluateAll((fs) => fs.map((f) => f.getBoundingClientRect().top));
        expect(boxes[0] === boxes[1], `${viewport.width}px`).toBe(sideBySide);
      } finally {
        await page.close();
      }
    }
  });

  it('weighs at most 14 kB of HTML and CSS gzipped, like every content page', async () => {
    for (const path of [ARTICLE_PATH, '/thong-ke/', '/thuat-ngu/']) {
      const weight = await pageWeight(site.dist, path);
      expect(weight.html.gzip + weight.css.gzip, path).toBeLessThanOrEqual(14 * 1024);
      expect(weight.js.files, path).toBe(0);
    }
  });
});

describe('the statistics page', () => {
  /** The rows of the table captioned `caption`: [label, number]. */
  async function rows(page: Page, caption: string): Promise<[string, string][]> {
    const table = page.getByRole('table', { name: caption });
    return table
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [tr.querySelector('th')!.textContent!.trim(), tr.querySelector('td')!.textContent!.trim()]));
  }

  it('counts the published models by type, sector, current unit and year, a model without a year as unknown', async () => {
    const page = await open('/thong-ke/', PHONE);
    try {
      expect(await rows(page, ui.stats.byType)).toEqual([
        ['Tự quản', '2'],
        ['Liên kết', '2'],
      ]);
      expect(await rows(page, ui.stats.bySector)).toEqual([
        [labelOf(SECTORS.list, 'ngan-hang'), '2'],
        ...[labelOf(SECTORS.list, 'rung'), labelOf(SECTORS.list, 'xang-dau')].sort((a, b) => a.localeCompare(b, 'vi')).map((l) => [l, '1']),
      ]);
      // Tràng Đà became phường Nông Tiến, Tân Thành xã Hàm Yên, Tam Đa xã Phú Lương on 1/7/2025.
      expect(await rows(page, ui.stats.byUnit)).toEqual([
        ['phường Nông Tiến', '2'],
        ['xã Hàm Yên', '1'],
        ['xã Phú Lương', '1'],
      ]);
      expect(await rows(page, ui.stats.byYear)).toEqual([
        ['2019', '2'],
        ['2021', '1'],
        [ui.stats.unknownYear, '1'],
      ]);
      const totals = await page.locator('tfoot td').allInnerTexts();
      expect(totals).toEqual(['4', '4', '4', '4']);
    } finally {
      await page.close();
    }
  });

  it('draws each table as a bar chart hidden from screen readers, bars in proportion to the numbers', async () => {
    const page = await open('/thong-ke/', DESKTOP);
    try {
      const charts = page.locator('svg.chart');
      await expect(charts.count()).resolves.toBe(4);
      await expect(charts.evaluateAll((svgs) => svgs.every((s) => s.getAttribute('aria-hidden') === 'true'))).resolves.toBe(true);
      const yearBars = await charts
        .nth(3)
        .locator('rect')
        .evaluateAll((rects) => rects.map((r) => r.getBoundingClientRect().width));
      expect(yearBars).toHaveLength(3);
      expect(yearBars[0]).toBeCloseTo(2 * yearBars[1]!, 0);
      // Chart and table side by side on a desktop.
      const [chart, table] = await Promise.all([charts.nth(0).boundingBox(), page.getByRole('table', { name: ui.stats.byType }).boundingBox()]);
      expect(table!.x).toBeGreaterThan(chart!.x + chart!.width - 1);
    } finally {
      await page.close();
    }
  });

  it('is linked from the footer of every page, like the glossary', async () => {
    const page = await open(ARTICLE_PATH, PHONE);
    try {
      const footer = page.getByRole('contentinfo');
      await expect(footer.getByRole('link', { name: ui.stats.title }).getAttribute('href')).resolves.toBe('/thong-ke/');
      await expect(footer.getByRole('link', { name: ui.glossary.title }).getAttribute('href')).resolves.toBe('/thuat-ngu/');
    } finally {
      await page.close();
    }
  });
});

describe('abbreviations in a body', () => {
  it('explains the first use of each in <abbr title>, leaving later uses and link text plain', async () => {
    const page = await open(ARTICLE_PATH, DESKTOP);
    try {
      const abbrs = await page.locator('.prose abbr').evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('title'), a.closest('a') !== null]));
      expect(abbrs).toEqual([
        ['ANTT', 'an ninh, trật tự', false],
        ['UBND', 'Ủy ban nhân dân', false],
      ]);
      await expect(page.locator('.prose').innerText()).resolves.toContain('giữ vững ANTT ở cơ sở; ANTT được giữ ổn định.');
      await expect(page.locator('.prose a').innerText()).resolves.toBe('trang UBND xã');
    } finally {
      await page.close();
    }
  });
});
