/**
 * Builds the real site with an article made of every clumsy and hostile body in
 * tests/support/hostileBodies.ts (through the content check, Astro's Markdown engine and
 * the sanitiser) and reads it in Chromium as a reader would: each text as typed, nothing
 * run, and the paragraph after each case an ordinary paragraph. Also: body ids never take
 * the page's own, links to headings and footnotes land, a photo in a raw <figure> is
 * published like a Markdown one, and a search excerpt reads like the page.
 */
import { mkdir, writeFile } from 'node:fs/promises';
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
