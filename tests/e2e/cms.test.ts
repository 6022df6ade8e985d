/**
 * The editors' CMS end to end: real Decap in Chromium, real decap-server in git mode,
 * real files and commits, then a real build of what the editor saved. The screenshots
 * of the editor's guide (docs/huong-dan-bien-tap.md) are taken here so they never go stale.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from '../support/browser';
import { saveIfChanged } from '../support/screenshots';
import { buildSite, removeDir } from '../support/buildSite';
import { xssArticleBody } from '../support/xssPayloads';
import { type CmsSetup, git, SCREENSHOT_DIR, startCmsSetup } from '../support/cmsHarness';

const MODEL_NAME = 'Đội tự quản bảo vệ đường điện Hồng Thái';
const MODEL_SLUG = 'doi-tu-quan-bao-ve-duong-dien-hong-thai';
const SEED_SLUG = 'lien-ket-antt-kho-du-tru-quoc-gia-an-tuong';

let setup: CmsSetup;
let browser: Browser;
let page: Page;
/** Errors the CMS logged in the browser, printed when a test fails. */
const browserErrors: string[] = [];

/** A guide screenshot of a settled screen: images loaded, no animation, no passing notification. */
async function shot(name: string) {
  await page.waitForFunction(() => [...document.images].every((image) => image.complete));
  const png = await page.screenshot({ animations: 'disabled', caret: 'hide', style: '.Toastify { display: none !important; }' });
  await saveIfChanged(join(SCREENSHOT_DIR, `${name}.png`), png);
}

/** Loads /admin afresh at a route, so no form state carries over from the previous test. */
async function open(hash: string, firstField = 'Tên mô hình') {
  await page.goto('about:blank');
  await page.goto(`${setup.siteUrl}/admin/#${hash}`);
  if (hash.includes('/new') || hash.includes('/entries/')) await page.getByLabel(firstField).waitFor({ timeout: 30_000 });
}

/** Picks an option in one of Decap's select or relation boxes, found by its label. */
async function pick(label: string, option: RegExp | string, typed?: string) {
  const input = page.getByLabel(label, { exact: true });
  await input.click();
  if (typed) await input.pressSequentially(typed, { delay: 30 });
  await page.getByRole('option', { name: option }).first().click();
}

/** Fills a new self-managed power-grid model named MODEL_NAME, as an editor would. */
async function fillNewModel(host: string, summary: string) {
  await page.getByLabel('Tên mô hình').fill(MODEL_NAME);
  await pick('Loại mô hình', 'Tự quản');
  await pick('Lĩnh vực', 'Lưới điện');
  await page.getByLabel('Đơn vị chủ trì').fill(host);
  await pick('Địa bàn', /Yên Sơn \(xa-yen-son\)/, 'Yên Sơn');
  await page.getByLabel('Tóm tắt').fill(summary);
}

/** Save, mark ready, publish now: the editorial workflow as an editor clicks through it. */
async function saveAndPublish(screens?: { status: string; publish: string }) {
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect.poll(() => page.getByRole('button', { name: /^Trạng/ }).count(), { timeout: 20_000 }).toBe(1);
  await page.getByRole('button', { name: /^Trạng/ }).click();
  if (screens) await shot(screens.status);
  await page.getByRole('menuitem', { name: /Sẵn sàng/ }).click();
  await expect.poll(() => page.getByRole('button', { name: /Sẵn sàng/ }).count(), { timeout: 20_000 }).toBe(1);
  await page.getByRole('button', { name: 'Công bố', exact: true }).click();
  if (screens) await shot(screens.publish);
  await page.getByRole('menuitem', { name: 'Công bố ngay' }).click();
  await expect.poll(() => page.getByText('Mục đã được công bố').count(), { timeout: 20_000 }).toBeGreaterThan(0);
}

beforeAll(async () => {
  setup = await startCmsSetup();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 860 }, locale: 'vi-VN' });
  page.on('dialog', (dialog) => {
    // Decap asks "Bạn có chắc…?" before publishing; any other dialog would be a payload running.
    if (dialog.type() !== 'confirm') browserErrors.push(`unexpected ${dialog.type()}: ${dialog.message()}`);
    void dialog.accept();
  });
  page.on('console', (message) => {
    if (message.type() === 'error') browserErrors.push(message.text());
  });
  await open('/');
  await page.getByRole('button', { name: 'Đăng nhập' }).waitFor({ timeout: 30_000 });
  await shot('cms-dang-nhap');
  await page.getByRole('button', { name: 'Đăng nhập' }).click({ timeout: 90_000 });
  await page.getByText('Mô hình').first().waitFor({ timeout: 90_000 });
}, 300_000);

afterEach(async (ctx) => {
  if (ctx.task.result?.state === 'fail') console.error(browserErrors.join('\n'));
  browserErrors.length = 0;
  if (ctx.task.result?.state === 'fail') await page.screenshot({ path: join(setup.repo, '..', `cms-failure-${ctx.task.name.slice(0, 30)}.png`) });
});

afterAll(async () => {
  await browser?.close();
  await setup?.close();
});

describe('the CMS at /admin', () => {
  test('creates a model profile with a photo under an ASCII slug, commits it, and the build shows it with optimised images', async () => {
    await open('/collections/models');
    await expect.poll(() => page.getByText('Liên kết đảm bảo ANTT - An toàn kho hàng dự trữ quốc gia').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await shot('cms-danh-sach-mo-hinh');

    await open('/collections/models/new');
    await fillNewModel('Điện lực Na Hang', 'Tổ tự quản của nhân dân bảo vệ hành lang an toàn lưới điện ở xã Hồng Thái.');

    const photo = await sharp({ create: { width: 1200, height: 800, channels: 3, background: { r: 155, g: 28, b: 28 } } })
      .jpeg()
      .toBuffer();
    await page.getByText('Chọn một hình').click();
    await page.locator('input[type=file]').setInputFiles({ name: 'tuan-tra-duong-dien.jpg', mimeType: 'image/jpeg', buffer: photo });
    await expect.poll(() => page.getByText('tuan-tra-duong-dien.jpg').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await shot('cms-tai-anh');
    await page.getByRole('button', { name: 'Lấy những cái đã chọn' }).click();
    await page.getByLabel('Mô tả ảnh').fill('Tổ tự quản kiểm tra hành lang đường điện');
    await page.getByLabel('Mô tả ảnh').scrollIntoViewIfNeeded();
    await shot('cms-mo-hinh-moi');

    const commitsBefore = Number(git(setup.repo, 'rev-list', '--count', 'main'));
    await saveAndPublish({ status: 'cms-trang-thai', publish: 'cms-cong-bo' });

    const folder = join(setup.repo, 'content/models', MODEL_SLUG);
    const file = await readFile(join(folder, 'index.md'), 'utf8');
    expect(file).toBe(
      [
        '---',
        `name: "${MODEL_NAME}"`,
        'type: tu-quan',
        'sector: luoi-dien',
        'host: "Điện lực Na Hang"',
        'locality: xa-yen-son',
        'status: chua-ro',
        'summary: "Tổ tự quản của nhân dân bảo vệ hành lang an toàn lưới điện ở xã Hồng Thái."',
        'cover:',
        '  src: "./tuan-tra-duong-dien.jpg"',
        '  alt: "Tổ tự quản kiểm tra hành lang đường điện"',
        'featured: false',
        'draft: false',
        '---',
        '',
      ].join('\n'),
    );
    expect(file).toBe(file.normalize('NFC'));
    expect(existsSync(join(folder, 'tuan-tra-duong-dien.jpg'))).toBe(true);

    // Every save was a commit on a cms/ branch, and publishing merged it into main.
    expect(Number(git(setup.repo, 'rev-list', '--count', 'main'))).toBeGreaterThan(commitsBefore);
    const changed = git(setup.repo, 'diff', '--name-only', `HEAD~1`, 'HEAD').trim().split('\n').sort();
    expect(changed).toEqual([`content/models/${MODEL_SLUG}/index.md`, `content/models/${MODEL_SLUG}/tuan-tra-duong-dien.jpg`]);
    expect(git(setup.repo, 'status', '--porcelain').trim()).toBe('');

    const dist = await buildSite(setup.repo);
    try {
      const html = await readFile(join(dist, 'mo-hinh', MODEL_SLUG, 'index.html'), 'utf8');
      expect(html).toContain(MODEL_NAME);
      expect(html).toMatch(/<source[^>]+srcset="[^"]+\.avif[^"]*"[^>]+type="image\/avif"/);
      expect(html).toMatch(/<source[^>]+srcset="[^"]+\.webp[^"]*"[^>]+type="image\/webp"/);
      expect(html).toContain('alt="Tổ tự quản kiểm tra hành lang đường điện"');
      // The CMS bundle stays on /admin.
      const adminScript = /src="(\/_astro\/[^"]+\.js)"/.exec(await readFile(join(dist, 'admin/index.html'), 'utf8'))?.[1];
      expect(adminScript).toBeTruthy();
      const pages = (await readdir(dist, { recursive: true })).filter((f) => f.endsWith('.html') && !f.startsWith('admin'));
      for (const pagePath of pages) {
        expect(await readFile(join(dist, pagePath), 'utf8'), pagePath).not.toContain(adminScript);
      }
    } finally {
      await removeDir(dist);
    }
  });

  test('a second entry with the same name gets a new folder instead of overwriting the first', async () => {
    await open('/collections/models/new');
    await fillNewModel('Điện lực Yên Sơn', 'Bản thứ hai cùng tên.');
    await saveAndPublish();
    expect(await readFile(join(setup.repo, 'content/models', MODEL_SLUG, 'index.md'), 'utf8')).toContain('Điện lực Na Hang');
    expect(await readFile(join(setup.repo, 'content/models', `${MODEL_SLUG}-2`, 'index.md'), 'utf8')).toContain('Điện lực Yên Sơn');
  });

  test('editing one field of a seed profile changes only that line of its file', async () => {
    const path = join(setup.repo, 'content/models', SEED_SLUG, 'index.md');
    const before = await readFile(path, 'utf8');
    const summary = 'Liên kết giữa Chi cục Dự trữ Nhà nước Tuyên Quang và chính quyền An Tường bảo vệ an toàn kho dự trữ quốc gia.';
    await open(`/collections/models/entries/${SEED_SLUG}/index`);
    const box = page.getByLabel('Tóm tắt');
    await expect.poll(() => box.inputValue(), { timeout: 20_000 }).not.toBe('');
    await box.fill(summary);
    await saveAndPublish();
    const after = await readFile(path, 'utf8');
    const beforeLines = before.split('\n');
    const afterLines = after.split('\n');
    expect(afterLines).toHaveLength(beforeLines.length);
    const changed = afterLines.map((line, i) => (line === beforeLines[i] ? -1 : i)).filter((i) => i >= 0);
    expect(changed).toHaveLength(1);
    expect(afterLines[changed[0]!]).toBe(`summary: "${summary}"`);
    expect(beforeLines[changed[0]!]).toMatch(/^summary: /);
  });

  test('the preview pane runs none of the HTML an entry body carries (stored XSS)', async () => {
    const slug = 'bai-thu-xem-truoc';
    const marker = 'Đoạn văn bình thường phải hiện trong khung xem trước.';
    await mkdir(join(setup.repo, 'content/articles', slug));
    const front = `---\ntitle: "Bài thử xem trước"\ndescription: "Thử bộ lọc của khung xem trước."\npublishDate: "2026-11-25"\nauthor: "Người thử"\nauthorUnit: "Đơn vị thử"\n---\n\n`;
    await writeFile(join(setup.repo, 'content/articles', slug, 'index.md'), front + xssArticleBody(marker));
    git(setup.repo, 'add', '-A');
    git(setup.repo, 'commit', '-qm', 'Bài có mã độc để thử xem trước');
    await open(`/collections/articles/entries/${slug}/index`, 'Tiêu đề');
    const previewShows = async () => {
      for (const frame of page.frames()) if ((await frame.content().catch(() => '')).includes(marker)) return true;
      return false;
    };
    await expect.poll(previewShows, { timeout: 30_000 }).toBe(true);
    await page.mouse.move(900, 400);
    await page.waitForTimeout(1500);
    for (const frame of page.frames()) {
      expect(await frame.evaluate(() => (window as unknown as { __xss?: unknown }).__xss).catch(() => undefined), frame.url()).toBeUndefined();
    }
    expect(browserErrors.filter((e) => e.startsWith('unexpected'))).toEqual([]);
  });

  test('an empty required field blocks saving with a Vietnamese message', async () => {
    const branches = git(setup.repo, 'branch', '--list');
    await open('/collections/models/new');
    await pick('Loại mô hình', 'Liên kết');
    await pick('Lĩnh vực', 'Bảo vệ rừng');
    await page.getByLabel('Đơn vị chủ trì').fill('Công ty Lâm nghiệp Tân Thành');
    await pick('Địa bàn', /Tân Thành/, 'Tân Thành');
    await page.getByLabel('Tóm tắt').fill('Thiếu tên mô hình.');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect.poll(() => page.getByText('Tên mô hình: bắt buộc, chưa được điền.').count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => page.getByText(/Còn trường bắt buộc chưa điền/).count()).toBeGreaterThan(0);
    await page.getByLabel('Tên mô hình').scrollIntoViewIfNeeded();
    await shot('cms-loi-bat-buoc');
    // Only the name is reported.
    expect(await page.getByText(/bắt buộc, chưa được điền/).count()).toBe(1);
    expect(git(setup.repo, 'branch', '--list')).toBe(branches);
    expect(existsSync(join(setup.repo, 'content/models/muc-moi'))).toBe(false);

    // With the name filled in, it saves as a draft (the photo, left empty, is optional).
    await page.getByLabel('Tên mô hình').fill('Liên kết bảo vệ rừng Tân Thành');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect.poll(() => page.getByRole('button', { name: /^Trạng/ }).count(), { timeout: 20_000 }).toBe(1);
    expect(git(setup.repo, 'branch', '--list')).toContain('cms/models/lien-ket-bao-ve-rung-tan-thanh/index');
  });

  test('the workflow board lists drafts waiting for review', async () => {
    await open('/workflow');
    await expect.poll(() => page.getByText('Liên kết bảo vệ rừng Tân Thành').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await shot('cms-quy-trinh');
  });
});
