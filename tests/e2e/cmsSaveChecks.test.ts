/**
 * What the CMS saves, the build publishes, in the browser: real Decap in Chromium, real
 * decap-server in git mode. A body the build would refuse (raw HTML that swallows the rest,
 * a photo that is not beside the entry) is refused when the editor saves, with the build's
 * Vietnamese message, and nothing reaches git; fixed, it saves. A photo that passes the
 * pick-time check but may not be committed is stopped by the backend's own guard.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from '../support/browser';
import { cmsEditor, type CmsEditor } from '../support/cmsEditor';
import { type CmsSetup, git, startCmsSetup, repoState as repoStateOf } from '../support/cmsHarness';

let setup: CmsSetup;
let browser: Browser;
let page: Page;
let editor: CmsEditor;
const browserErrors: string[] = [];

/** Everything a refused save must leave as it was: branches, commits on every branch, the working tree. */
const repoState = () => repoStateOf(setup.repo);

/** Waits until Decap's notices ("Chưa lưu được: …" when the save hook throws) hold the build's words. */
const expectNotice = (words: string | RegExp) =>
  expect.poll(async () => (await page.locator('.Toastify').allInnerTexts()).join('\n'), { timeout: 20_000 }).toMatch(words);

const photo = () =>
  sharp({ create: { width: 800, height: 600, channels: 3, background: { r: 30, g: 80, b: 140 } } })
    .jpeg()
    .toBuffer();

beforeAll(async () => {
  setup = await startCmsSetup();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 860 }, locale: 'vi-VN' });
  page.on('dialog', (dialog) => void dialog.accept());
  page.on('console', (message) => {
    if (message.type() === 'error') browserErrors.push(message.text());
  });
  editor = cmsEditor(page, setup.siteUrl);
  await editor.logIn();
}, 300_000);

afterEach(async (ctx) => {
  if (ctx.task.result?.state === 'fail') {
    // What the editor was told, and what the browser logged.
    const notices = await page
      .locator('.Toastify')
      .allInnerTexts()
      .catch(() => []);
    console.error([...notices, ...browserErrors].join('\n'));
  }
  browserErrors.length = 0;
});

afterAll(async () => {
  await browser?.close();
  await setup?.close();
});

describe('saving a body the build would refuse', () => {
  test('an unclosed HTML comment is refused with the build\u2019s message and nothing is committed; closed, the profile saves', async () => {
    const before = await repoState();
    await editor.open('/collections/models/new');
    await editor.fillNewModel('Công an xã Thái Bình', 'Tổ tự quản có phần giới thiệu viết bằng Markdown.', 'Tổ tự quản ghi chú chưa đóng');
    await editor.typeBody('Tổ tự quản ra mắt năm 2024.\n\n<!-- ghi chú của biên tập viên\n\nĐoạn cuối của phần giới thiệu.');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    // The build's words (src/lib/contentCheck/checkBodyHtml.ts), the line counted in the body as typed in Markdown mode.
    await expectNotice('Giới thiệu: nội dung dòng 3: "<!--" mở một khối HTML không được đóng bằng "-->"');
    expect(await page.getByRole('button', { name: /^Trạng thái/ }).count()).toBe(0);
    expect(await repoState()).toBe(before);

    await editor.typeBody('Tổ tự quản ra mắt năm 2024.\n\n<!-- ghi chú của biên tập viên -->\n\nĐoạn cuối của phần giới thiệu.');
    await editor.save();
    const branch = 'cms/models/to-tu-quan-ghi-chu-chua-dong/index';
    expect(git(setup.repo, 'branch', '--list')).toContain(branch);
    const file = git(setup.repo, 'show', `${branch}:content/models/to-tu-quan-ghi-chu-chua-dong/index.md`);
    expect(file).toContain('\n<!-- ghi chú của biên tập viên -->\n\nĐoạn cuối của phần giới thiệu.\n');
  });

  test('a photo outside the entry folder, then one never uploaded, are refused; uploaded beside the entry, it saves', async () => {
    const before = await repoState();
    await editor.open('/collections/models/new');
    await editor.fillNewModel('Công an xã Kim Phú', 'Tổ tự quản có ảnh trong phần giới thiệu.', 'Tổ tự quản ảnh trong bài');
    await editor.typeBody('Buổi ra mắt tổ tự quản.\n\n![Sơ đồ địa bàn](../so-do.jpg)');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expectNotice('Giới thiệu: ảnh trong nội dung, dòng 3: "../so-do.jpg" phải là tên một tệp ảnh nằm ngay cạnh bài');
    expect(await repoState()).toBe(before);

    // Written as the build wants it, but the photo was never uploaded with this profile.
    await editor.typeBody('Buổi ra mắt tổ tự quản.\n\n![Sơ đồ địa bàn](./so-do.jpg)');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expectNotice('không tìm thấy tệp ảnh "./so-do.jpg" cạnh bài; hãy tải ảnh lên lại');
    expect(await repoState()).toBe(before);

    // Uploading it through the profile's photo field puts it beside the entry: now it saves, photo and all.
    await page.getByText('Chọn một hình').click();
    await page.locator('input[type=file]').setInputFiles({ name: 'so-do.jpg', mimeType: 'image/jpeg', buffer: await photo() });
    await expect.poll(() => page.getByText('so-do.jpg').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Lấy những cái đã chọn' }).click();
    await page.getByLabel('Mô tả ảnh').fill('Sơ đồ địa bàn tổ tự quản');
    await editor.save();
    const branch = 'cms/models/to-tu-quan-anh-trong-bai/index';
    const files = git(setup.repo, 'show', branch, '--name-only', '--format=');
    expect(files).toContain('content/models/to-tu-quan-anh-trong-bai/so-do.jpg');
    expect(git(setup.repo, 'show', `${branch}:content/models/to-tu-quan-anh-trong-bai/index.md`)).toContain('![Sơ đồ địa bàn](./so-do.jpg)');
  });
});

describe('the backend\u2019s own upload guard', () => {
  test('a real photo sent to the global media library passes the pick-time check but is refused at commit, and nothing lands in git', async () => {
    const before = await repoState();
    await editor.open('/collections/models');
    await page.getByText('Mô hình').first().waitFor();
    // The admin page hides the "Tập tin" button; shown again, as if a future Decap drew it elsewhere.
    await page.addStyleTag({ content: "header nav li:has(> button[class*='AppHeaderButton']) { display: list-item !important; }" });
    await page.getByRole('button', { name: 'Tập tin' }).click();
    // A genuine JPEG: admin/uploadGuard.ts lets it through, so only persistMedia's guard (admin/cms.ts) can stop it.
    await page.locator('input[type=file]').setInputFiles({ name: 'anh-chung.jpg', mimeType: 'image/jpeg', buffer: await photo() });
    await expectNotice('Thư viện "Tập tin" chung không nhận tệp "anh-chung.jpg": tệp ở đây sẽ được đăng ngay, không qua duyệt.');
    // Decap writes this notice's opening in English; the reader sees it in Vietnamese (admin/englishToasts.ts).
    expect((await page.locator('.Toastify').allInnerTexts()).join('\n')).toMatch(/^Không lưu được tệp: Thư viện "Tập tin"/m);
    expect((await page.locator('.Toastify').allInnerTexts()).join('\n')).not.toMatch(/Failed|Error/);
    expect(await page.locator('#upload-notice').count()).toBe(0);
    expect(await repoState()).toBe(before);
    expect(existsSync(join(setup.repo, 'cms-uploads'))).toBe(false);
    expect(git(setup.repo, 'log', '--all', '--format=%H', '--', 'cms-uploads').trim()).toBe('');
  });
});
