/**
 * Sharing from a content page that ships no script: the reader follows "Zalo, sao chép
 * liên kết…" to the share page, whose small script offers the phone's share sheet and
 * copies the link; Facebook stays a plain link.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../support/browser';
import { entryIds } from '../support/content';

const siteDir = inject('siteDir');
const siteUrl = inject('siteUrl');
const article = `/bai-viet/${entryIds('articles').sort()[0]}/`;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('sharing a page', () => {
  it('loads the share script only on the share page, and it is small', () => {
    const html = readFileSync(join(siteDir, 'chia-se/index.html'), 'utf8');
    const src = /<script type="module" src="([^"]+)"/.exec(html)?.[1];
    expect(src).toBeTruthy();
    const bytes = statSync(join(siteDir, src!)).size;
    expect(bytes).toBeLessThan(2048);
    const articleHtml = readFileSync(join(siteDir, article, 'index.html'), 'utf8');
    expect(articleHtml).not.toContain(src!);
    expect(readdirSync(join(siteDir, '_astro')).filter((f) => f.endsWith('.js') && articleHtml.includes(f))).toEqual([]);
  });

  it('on a phone, goes from an article to the share page, which copies the article’s link', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: siteUrl });
    const page = await context.newPage();
    try {
      await page.goto(`${siteUrl}${article}`);
      const title = (await page.locator('h1').textContent())!.trim();
      await page.getByRole('link', { name: 'Zalo, sao chép liên kết…' }).click();
      await page.waitForURL(/\/chia-se\/\?/);
      expect(await page.locator('#share-title').textContent()).toBe(title);
      // The canonical origin of the build, with the article's path.
      const shared = await page.getByLabel('Liên kết').inputValue();
      expect(new URL(shared).pathname).toBe(article);
      await page.getByRole('button', { name: 'Sao chép liên kết' }).click();
      await expect.poll(() => page.getByRole('status').textContent()).toBe('Đã sao chép liên kết.');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shared);
      expect(await page.getByRole('link', { name: 'Facebook' }).getAttribute('href')).toBe(
        `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(shared)}`,
      );
      expect(await page.getByRole('link', { name: 'Quay lại trang' }).getAttribute('href')).toBe(shared);
    } finally {
      await context.close();
    }
  });

  it('offers the phone’s share sheet only where the browser has one', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(`${siteUrl}/chia-se/?p=${encodeURIComponent(article)}&t=x`);
      const hasShare = await page.evaluate(() => typeof navigator.share === 'function');
      expect(await page.getByRole('button', { name: /Chia sẻ qua ứng dụng/ }).isVisible()).toBe(hasShare);
    } finally {
      await page.close();
    }
  });

  it('refuses to share a link to another site', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(`${siteUrl}/chia-se/?p=${encodeURIComponent('//evil.example/')}&t=x`);
      await expect.poll(() => page.getByRole('status').textContent()).toContain('không hợp lệ');
      expect(await page.getByLabel('Liên kết').inputValue()).toBe('');
      expect(await page.getByRole('button', { name: 'Sao chép liên kết' }).isDisabled()).toBe(true);
    } finally {
      await page.close();
    }
  });
});
