/**
 * An article's photo gallery edited in the real CMS (Decap with decap-server in git mode):
 * the list widget adds photos with their description and caption, the saved file lists them
 * beside the article in the site's format, and the content check the build runs accepts it.
 * Takes the editor's guide screenshot of the gallery field (docs/images/cms-bo-anh.png).
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkContent } from '~/lib/contentCheck/checkContent';
import { launchBrowser } from '../support/browser';
import { cmsEditor, type CmsEditor } from '../support/cmsEditor';
import { englishOnScreen } from '../support/cmsEnglish';
import { type CmsSetup, SCREENSHOT_DIR, startCmsSetup } from '../support/cmsHarness';
import { saveIfChanged } from '../support/screenshots';

const SEED_ARTICLE = 'tuyen-quang-day-manh-phong-trao-toan-dan-bao-ve-to-quoc-trong-tinh-hinh-moi';

let setup: CmsSetup;
let browser: Browser;
let page: Page;
let editor: CmsEditor;

beforeAll(async () => {
  setup = await startCmsSetup();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 860 }, locale: 'vi-VN' });
  page.on('dialog', (dialog) => void dialog.accept());
  editor = cmsEditor(page, setup.siteUrl);
  await editor.logIn();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await setup?.close();
});

/** Adds one photo to the gallery: the list's add button, then the file, its description and caption. */
async function addPhoto(name: string, colour: number, alt: string, caption?: string) {
  await page.getByRole('button', { name: 'Thêm ảnh', exact: true }).last().click();
  await page.getByText('Chọn một hình').last().click();
  const bytes = await sharp({ create: { width: 900, height: 600, channels: 3, background: { r: colour, g: 90, b: 60 } } })
    .jpeg()
    .toBuffer();
  await page.locator('input[type=file]').setInputFiles({ name, mimeType: 'image/jpeg', buffer: bytes });
  await expect.poll(() => page.getByText(name).count(), { timeout: 20_000 }).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Lấy những cái đã chọn' }).click();
  await page.getByLabel('Mô tả ảnh', { exact: true }).last().fill(alt);
  if (caption)
    await page
      .getByLabel(/^Chú thích/)
      .last()
      .fill(caption);
}

describe('the gallery of an article in the CMS', () => {
  test('adds photos with a description and a caption, saves them beside the article in the site’s format, and the build’s check accepts them', async () => {
    await editor.open(`/collections/articles/entries/${SEED_ARTICLE}/index`, 'Tiêu đề');
    await expect.poll(() => page.getByLabel('Ngày đăng').inputValue(), { timeout: 20_000 }).not.toBe('');
    await addPhoto('hop-to.jpg', 150, 'Tổ tự quản họp bàn kế hoạch', 'Buổi họp tổ tự quản');
    await addPhoto('tuan-tra.jpg', 60, 'Tổ tự quản tuần tra ban đêm');
    await page.getByLabel('Mô tả ảnh', { exact: true }).last().scrollIntoViewIfNeeded();
    await page.waitForFunction(() => [...document.images].every((image) => image.complete));
    const png = await page.screenshot({ animations: 'disabled', caret: 'hide', style: '.Toastify { display: none !important; }' });
    await saveIfChanged(join(SCREENSHOT_DIR, 'cms-bo-anh.png'), png);
    expect(await englishOnScreen(page), 'article form with a gallery').toEqual([]);

    await editor.save();
    await editor.publish();

    const folder = join(setup.repo, 'content/articles', SEED_ARTICLE);
    const file = await readFile(join(folder, 'index.md'), 'utf8');
    expect(file).toContain(
      [
        'gallery:',
        '  - src: "./hop-to.jpg"',
        '    alt: "Tổ tự quản họp bàn kế hoạch"',
        '    caption: "Buổi họp tổ tự quản"',
        '  - src: "./tuan-tra.jpg"',
        '    alt: "Tổ tự quản tuần tra ban đêm"',
        '',
      ].join('\n'),
    );
    expect(existsSync(join(folder, 'hop-to.jpg'))).toBe(true);
    expect(existsSync(join(folder, 'tuan-tra.jpg'))).toBe(true);
    expect(await checkContent(setup.repo)).toEqual([]);
  });
});
