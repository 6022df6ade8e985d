/**
 * Builds the real site with an article made of every clumsy and hostile body in
 * tests/support/hostileBodies.ts (through the content check, Astro's Markdown engine and
 * the sanitiser) and reads it in Chromium as a reader would: each text as typed, nothing
 * run, and the paragraph after each case an ordinary paragraph. Also: body ids never take
 * the page's own, links to headings and footnotes land, a photo in a raw <figure> is
 * published like a Markdown one, body photos get the covers' responsive <picture>, and a
 * search excerpt reads like the page.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { photo } from '../support/contentFixture';
import { BODY_CASES, hostileBody, markerAfter } from '../support/hostileBodies';
import { servedCopy, testArticleFront, type ServedCopy } from '../support/servedCopy';

const ID = 'bai-thu-van-ban-kho';
const EXTRA = [
  '## Nội dung',
  '',
  'Xem lại [mục Nội dung](#nội-dung). Câu có chú thích[^nguon].',
  '',
  '<p id="main">Đoạn HTML có id trùng với trang.</p>',
  '',
  '<figure><img src="./tuan-tra.jpg" alt="Tổ tuần tra ban đêm"><figcaption>Tổ tuần tra ban đêm</figcaption></figure>',
  '',
  '![Họp tổ tự quản](./hop-to.jpg)',
  '',
  '[^nguon]: Nguồn: Công an tỉnh Tuyên Quang.',
].join('\n');

/** An ordinary article whose body shows one large photo: the page a reader most often gets. */
const PHOTO_ID = 'bai-thu-anh-trong-bai';
const PHOTO_ALT = 'Tổ tự quản khu dân cư số 5 họp bàn tuần tra';

let site: ServedCopy;
let page: Page;
const dialogs: string[] = [];

beforeAll(async () => {
  site = await servedCopy(async (root) => {
    const dir = join(root, 'content/articles', ID);
    await mkdir(dir);
    await writeFile(join(dir, 'tuan-tra.jpg'), await photo('jpeg', 320, 200));
    await writeFile(join(dir, 'hop-to.jpg'), await photo('jpeg', 320, 200));
    const front = testArticleFront('Bài thử văn bản khó', 'Bài dùng để kiểm tra chữ biên tập viên gõ vẫn hiện đúng.');
    await writeFile(join(dir, 'index.md'), `${front}${hostileBody()}\n${EXTRA}\n`);
    const photoDir = join(root, 'content/articles', PHOTO_ID);
    await mkdir(photoDir);
    await writeFile(join(photoDir, 'hop-to.jpg'), await photo('jpeg', 1600, 1000));
    const photoFront = testArticleFront('Bài thử ảnh trong bài', 'Bài có một ảnh lớn giữa nội dung.');
    await writeFile(join(photoDir, 'index.md'), `${photoFront}Đoạn mở đầu.\n\n![${PHOTO_ALT}](./hop-to.jpg)\n\nĐoạn kết.\n`);
  });
  page = await site.browser.newPage({ viewport: { width: 360, height: 740 } });
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  await page.goto(`${site.server.url}/bai-viet/${ID}/`);
}, 300_000);

afterAll(async () => {
  await site?.close();
});

describe('an article full of clumsy and hostile text, as a reader sees it', () => {
  it.each(BODY_CASES.map((c, i) => [c.name, c, i] as const))('%s: shows the text as typed and leaves the next paragraph alone', async (_, bodyCase, index) => {
    const prose = await page.locator('.prose').innerText();
    for (const text of bodyCase.shows) expect(prose).toContain(text);
    const marker = page.locator('.prose > p', { hasText: markerAfter(index) });
    await expect(marker.count()).resolves.toBe(1);
    await expect(marker.isVisible()).resolves.toBe(true);
    const look = await marker.evaluate((p) => {
      const style = getComputedStyle(p);
      return { text: p.textContent, weight: style.fontWeight, italic: style.fontStyle, link: p.closest('a') !== null, mono: style.fontFamily.includes('mono') };
    });
    expect(look).toEqual({ text: markerAfter(index), weight: '400', italic: 'normal', link: false, mono: false });
  });

  it('runs nothing: no dialog, no injected style hides the page', async () => {
    await page.mouse.move(100, 300);
    await page.keyboard.press('Tab');
    await page.waitForTimeout(500);
    expect(dialogs).toEqual([]);
    await expect(page.locator('.prose').isVisible()).resolves.toBe(true);
    await expect(page.locator('.prose script, .prose style, .prose iframe, .prose textarea, .prose form').count()).resolves.toBe(0);
  });

  it('does not widen the page at phone width, even with a very long word', async () => {
    const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, screen: window.innerWidth }));
    expect(widths.page).toBeLessThanOrEqual(widths.screen);
  });
});

describe('ids in the body', () => {
  it('never repeat an id the page already uses', async () => {
    const duplicates = await page.evaluate(() => {
      const seen = new Map<string, number>();
      for (const el of document.querySelectorAll('[id]')) seen.set(el.id, (seen.get(el.id) ?? 0) + 1);
      return [...seen].filter(([, n]) => n > 1).map(([id]) => id);
    });
    expect(duplicates).toEqual([]);
    // The skip link's target is still the page's main region, not the body's heading "Nội dung".
    await expect(page.locator('#noi-dung').evaluate((el) => el.tagName)).resolves.toBe('MAIN');
    await expect(page.locator('#main').count()).resolves.toBe(0);
  });

  it('lets a link in the body reach its heading', async () => {
    await page.getByRole('link', { name: 'mục Nội dung' }).click();
    await expect(page.locator(':target').evaluate((el) => [el.tagName, el.textContent])).resolves.toEqual(['H2', 'Nội dung']);
  });

  it('lets a footnote reference reach its note', async () => {
    await page.locator('.prose a[data-footnote-ref]').click();
    await expect(page.locator(':target').innerText()).resolves.toContain('Nguồn: Công an tỉnh Tuyên Quang.');
  });
});

describe('search', () => {
  it('shows the text in an excerpt exactly as the page shows it', async () => {
    const entityCase = BODY_CASES.find((c) => c.name === 'an entity written out in full');
    const search = await site.browser.newPage();
    await search.goto(`${site.server.url}/tim-kiem/?q=${encodeURIComponent('thửtìmkiếm')}`);
    const excerpt = search.locator('.excerpt', { hasText: 'thửtìmkiếm' });
    await excerpt.first().waitFor({ timeout: 20_000 });
    await expect(excerpt.first().innerText()).resolves.toContain(entityCase?.shows[0]);
    await search.close();
  });
});

describe('photos in the body', () => {
  it.each([
    ['in a raw <figure>', 'Tổ tuần tra ban đêm'],
    ['in Markdown', 'Họp tổ tự quản'],
  ])('publishes a photo %s from the build, and it loads', async (_, alt) => {
    const image = page.getByRole('img', { name: alt });
    await image.scrollIntoViewIfNeeded();
    await expect(image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).resolves.toBe(true);
    await expect(image.getAttribute('src')).resolves.toMatch(/^\/_astro\//);
  });
});

describe('a photo in an article body, published like a cover', () => {
  const html = () => readFile(join(site.dist, 'bai-viet', PHOTO_ID, 'index.html'), 'utf8');

  it('is a <picture> with AVIF and WebP sources in the cover’s widths, and an <img> with its size, description and lazy loading', async () => {
    const picture = /<picture>([\s\S]*?)<\/picture>/.exec(await html())?.[1] ?? '';
    const source = (type: string) => new RegExp(`<source[^>]*type="image/${type}"[^>]*>`).exec(picture)?.[0] ?? '';
    for (const type of ['avif', 'webp']) {
      const srcset = /srcset="([^"]+)"/.exec(source(type))?.[1] ?? '';
      // 1600 px wide: every width of the article column, none enlarged.
      expect(
        srcset.split(', ').map((c) => c.split(' ')[1]),
        type,
      ).toEqual(['360w', '640w', '960w', '1280w']);
      expect(srcset, type).toMatch(new RegExp(`\\.${type} 360w`));
    }
    const img = /<img[^>]*>/.exec(picture)?.[0] ?? '';
    expect(img).toContain(`alt="${PHOTO_ALT}"`);
    expect(img).toContain('loading="lazy"');
    const width = /\swidth="(\d+)"/.exec(img)?.[1];
    const height = /\sheight="(\d+)"/.exec(img)?.[1];
    expect(Number(width) / Number(height)).toBeCloseTo(1.6, 2);
  });

  it('has every file its sources name in the build', async () => {
    const urls = [...(await html()).matchAll(/(?:srcset|src)="([^"]+)"/g)].flatMap(([, value]) => value!.split(', ').map((c) => c.split(' ')[0]!));
    const photos = urls.filter((url) => url.startsWith('/_astro/hop-to'));
    expect(photos.length).toBeGreaterThanOrEqual(9);
    for (const url of photos) expect(existsSync(join(site.dist, decodeURI(url))), url).toBe(true);
  });

  it('keeps the page within its budget: 14 kB of HTML and CSS gzipped, and no script', async () => {
    const page = await html();
    expect(gzipSync(page).length).toBeLessThanOrEqual(14 * 1024);
    expect(page).not.toMatch(/<link[^>]+rel="stylesheet"/);
    const scripts = [...page.matchAll(/<script\b[^>]*>/g)].map(([tag]) => tag);
    expect(scripts.filter((tag) => !tag.includes('application/ld+json'))).toEqual([]);
  });

  it('loads in the browser at phone width', async () => {
    const reader = await site.browser.newPage({ viewport: { width: 360, height: 740 } });
    await reader.goto(`${site.server.url}/bai-viet/${PHOTO_ID}/`);
    const image = reader.getByRole('img', { name: PHOTO_ALT });
    await image.scrollIntoViewIfNeeded();
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    // The phone picks a small AVIF, not the full photo.
    await expect(image.evaluate((img: HTMLImageElement) => img.currentSrc)).resolves.toMatch(/\.avif$/);
    await expect(image.evaluate((img: HTMLImageElement) => img.getBoundingClientRect().right <= window.innerWidth)).resolves.toBe(true);
    await reader.close();
  });
});
