/**
 * Writes an article full of XSS payloads, builds the real site with Astro 7's own
 * Markdown engine and opens the page in Chromium: nothing may run, the text stays.
 * The content check refuses several payloads before any build (their images are not
 * photos beside the entry), so this build leaves it out: the renderer alone must be
 * safe, as it is in `astro dev`, where the check only warns.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '~/lib/contentCheck/checkContent';
import { servedCopy, testArticleFront, type ServedCopy } from '../support/servedCopy';
import { findUnsafe } from '../support/unsafeHtml';
import { xssArticleBody } from '../support/xssPayloads';

const ID = 'bai-thu-ma-doc';
const MARKER = 'Nội dung bình thường của bài viết vẫn hiển thị.';
let site: ServedCopy;

beforeAll(async () => {
  site = await servedCopy(async (root) => {
    await mkdir(join(root, 'content/articles', ID));
    const front = testArticleFront('Bài thử mã độc', 'Bài dùng để kiểm tra bộ lọc HTML.');
    await writeFile(join(root, 'content/articles', ID, 'index.md'), front + xssArticleBody(MARKER));
    const config = join(root, 'astro.config.mjs');
    const withCheck = await readFile(config, 'utf8');
    const withoutCheck = withCheck.replace(/\bcontentCheck\(\),\s*/, '');
    if (withoutCheck === withCheck) throw new Error('astro.config.mjs: contentCheck() not found where this test expects it');
    await writeFile(config, withoutCheck);
  });
}, 300_000);

afterAll(async () => {
  await site?.close();
});

describe('an article with hostile HTML', () => {
  it('is refused by the content check before a build, with the lines of the payloads that are not photos', async () => {
    const messages = (await checkContent(site.root)).map((p) => p.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^ảnh trong nội dung, dòng \d+: "javascript:window.__xss=22" không phải là tệp ảnh/),
        expect.stringMatching(/^nội dung dòng \d+: "<SCRIPT"/),
      ]),
    );
  });

  it('is sanitised in the built page itself', async () => {
    const html = await readFile(join(site.dist, 'bai-viet', ID, 'index.html'), 'utf8');
    const body = /<div class="prose"[^>]*>([\s\S]*?)<\/div><p class="tags"|<div class="prose"[^>]*>([\s\S]*?)<\/div>/.exec(html);
    const prose = body?.[1] ?? body?.[2] ?? '';
    expect(prose).toContain(MARKER);
    expect(findUnsafe(prose)).toEqual([]);
  });

  it('runs none of the payloads in Chromium and still shows the article', async () => {
    const page = await site.browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    await page.goto(`${site.server.url}/bai-viet/${ID}/`);
    // Give event handlers (onload, onerror, onfocus, ontoggle, animations) the chance to fire.
    await page.mouse.move(200, 400);
    await page.keyboard.press('Tab');
    await page.waitForTimeout(1500);
    for (const link of await page.locator('.prose a').all()) await link.click({ timeout: 1000 }).catch(() => undefined);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
    await page.goto(`${site.server.url}/bai-viet/${ID}/`);
    await expect(page.getByText(MARKER).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('columnheader', { name: 'Giá trị' }).count()).resolves.toBe(1);
    await page.close();
  });
});
