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
import { cmsEditor, type CmsEditor, MODEL_NAME, MODEL_SLUG } from '../support/cmsEditor';
import { englishOnScreen } from '../support/cmsEnglish';
import { type CmsSetup, git, SCREENSHOT_DIR, startCmsSetup } from '../support/cmsHarness';

const SEED_SLUG = 'lien-ket-antt-kho-du-tru-quoc-gia-an-tuong';
const SEED_ARTICLE = 'tuyen-quang-day-manh-phong-trao-toan-dan-bao-ve-to-quoc-trong-tinh-hinh-moi';

let setup: CmsSetup;
let browser: Browser;
let page: Page;
let editor: CmsEditor;
/** Errors the CMS logged in the browser, printed when a test fails. */
const browserErrors: string[] = [];

/** A guide screenshot of a settled screen: images loaded, no animation, no passing notification. */
async function shot(name: string) {
  await page.waitForFunction(() => [...document.images].every((image) => image.complete));
  const png = await page.screenshot({ animations: 'disabled', caret: 'hide', style: '.Toastify { display: none !important; }' });
  await saveIfChanged(join(SCREENSHOT_DIR, `${name}.png`), png);
}

/** Whether Decap's preview pane (a frame of the page) holds this HTML. */
async function previewHas(html: string) {
  for (const frame of page.frames()) if ((await frame.content().catch(() => '')).includes(html)) return true;
  return false;
}

/** Asserts no English phrase of Decap is on screen (visible text, tooltips, labels). */
async function expectNoEnglish(where: string) {
  expect(await englishOnScreen(page), where).toEqual([]);
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
  editor = cmsEditor(page, setup.siteUrl);
  await editor.open('/');
  await page.getByRole('button', { name: 'Đăng nhập' }).waitFor({ timeout: 30_000 });
  await shot('cms-dang-nhap');
  await editor.logIn();
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
    await editor.open('/collections/models');
    await expect.poll(() => page.getByText('Liên kết đảm bảo ANTT - An toàn kho hàng dự trữ quốc gia').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await shot('cms-danh-sach-mo-hinh');
    await expectNoEnglish('collection list');

    await editor.open('/collections/models/new');
    await editor.fillNewModel('Điện lực Na Hang', 'Tổ tự quản của nhân dân bảo vệ hành lang an toàn lưới điện ở xã Hồng Thái.');

    const photo = await sharp({ create: { width: 1200, height: 800, channels: 3, background: { r: 155, g: 28, b: 28 } } })
      .jpeg()
      .toBuffer();
    await page.getByText('Chọn một hình').click();
    await page.locator('input[type=file]').setInputFiles({ name: 'tuan-tra-duong-dien.jpg', mimeType: 'image/jpeg', buffer: photo });
    await expect.poll(() => page.getByText('tuan-tra-duong-dien.jpg').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await shot('cms-tai-anh');
    await expectNoEnglish('media library');
    await page.getByRole('button', { name: 'Lấy những cái đã chọn' }).click();
    await page.getByLabel('Mô tả ảnh').fill('Tổ tự quản kiểm tra hành lang đường điện');
    await page.getByLabel('Mô tả ảnh').scrollIntoViewIfNeeded();
    await shot('cms-mo-hinh-moi');
    await expectNoEnglish('new model form');
    await page
      .getByText(/^Tiêu biểu/)
      .first()
      .scrollIntoViewIfNeeded();
    await shot('cms-tieu-bieu');

    const commitsBefore = Number(git(setup.repo, 'rev-list', '--count', 'main'));
    await editor.save();
    await editor.publish({ status: () => shot('cms-trang-thai'), publish: () => shot('cms-cong-bo') });

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
    await editor.open('/collections/models/new');
    await editor.fillNewModel('Điện lực Yên Sơn', 'Bản thứ hai cùng tên.');
    await editor.save();
    await editor.publish();
    expect(await readFile(join(setup.repo, 'content/models', MODEL_SLUG, 'index.md'), 'utf8')).toContain('Điện lực Na Hang');
    expect(await readFile(join(setup.repo, 'content/models', `${MODEL_SLUG}-2`, 'index.md'), 'utf8')).toContain('Điện lực Yên Sơn');
  });

  test('editing one field of a seed profile changes only that line of its file', async () => {
    const path = join(setup.repo, 'content/models', SEED_SLUG, 'index.md');
    const before = await readFile(path, 'utf8');
    const summary = 'Liên kết giữa Chi cục Dự trữ Nhà nước Tuyên Quang và chính quyền An Tường bảo vệ an toàn kho dự trữ quốc gia.';
    await editor.open(`/collections/models/entries/${SEED_SLUG}/index`);
    const box = page.getByLabel('Tóm tắt');
    await expect.poll(() => box.inputValue(), { timeout: 20_000 }).not.toBe('');
    await box.fill(summary);
    await editor.save();
    await editor.publish();
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
    await editor.open(`/collections/articles/entries/${slug}/index`, 'Tiêu đề');
    await expect.poll(() => previewHas(marker), { timeout: 30_000 }).toBe(true);
    await page.mouse.move(900, 400);
    await page.waitForTimeout(1500);
    for (const frame of page.frames()) {
      expect(await frame.evaluate(() => (window as unknown as { __xss?: unknown }).__xss).catch(() => undefined), frame.url()).toBeUndefined();
    }
    expect(browserErrors.filter((e) => e.startsWith('unexpected'))).toEqual([]);
    // This file was committed by the test, not through the CMS (the CMS would refuse it): it goes before the last test builds what the CMS accepted.
    git(setup.repo, 'rm', '-rq', `content/articles/${slug}`);
    git(setup.repo, 'commit', '-qm', 'Xoá bài thử xem trước');
  });

  test('an empty required field blocks saving with a Vietnamese message', async () => {
    const branches = git(setup.repo, 'branch', '--list');
    await editor.open('/collections/models/new');
    await editor.pick('Loại mô hình', 'Liên kết');
    await editor.pick('Lĩnh vực', 'Bảo vệ rừng');
    await page.getByLabel('Đơn vị chủ trì').fill('Công ty Lâm nghiệp Tân Thành');
    await editor.pick('Địa bàn', /Tân Thành/, 'Tân Thành');
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
    await editor.save();
    expect(git(setup.repo, 'branch', '--list')).toContain('cms/models/lien-ket-bao-ve-rung-tan-thanh/index');
  });

  test('the workflow board lists drafts waiting for review', async () => {
    await editor.open('/workflow');
    await expect.poll(() => page.getByText('Liên kết bảo vệ rừng Tân Thành').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await shot('cms-quy-trinh');
    await expectNoEnglish('workflow board');
    // Card dates in Vietnamese numbers, not "26 November".
    await expect.poll(() => page.getByText(/\d{1,2} tháng \d{1,2} năm \d{4}/).count()).toBeGreaterThan(0);
  });

  test('the site settings and a section preview as the site shows them: the header band and footer, the section page', async () => {
    // Every setting is optional: Decap writes “(không bắt buộc)” after each label.
    await editor.open('/collections/settings/entries/site', 'Cơ quan chủ quản (không bắt buộc)');
    await expect.poll(() => previewHas('<span class="unit">Công an tỉnh Tuyên Quang</span>'), { timeout: 30_000 }).toBe(true);
    expect(await previewHas('<dt>Cơ quan cấp trên</dt><dd>Bộ Công an</dd>')).toBe(true);
    await shot('cms-thong-tin-trang');
    await editor.open('/collections/sections/entries/guong-dien-hinh', 'Tên chuyên mục');
    await expect.poll(() => previewHas('<h1>Gương điển hình</h1>'), { timeout: 30_000 }).toBe(true);
    await shot('cms-chuyen-muc');
  });

  test('a date that does not exist is refused at save with the build\u2019s own message, and nothing is committed', async () => {
    const branches = git(setup.repo, 'branch', '--list');
    await editor.open(`/collections/articles/entries/${SEED_ARTICLE}/index`, 'Tiêu đề');
    const date = page.getByLabel('Ngày đăng');
    await expect.poll(() => date.inputValue(), { timeout: 20_000 }).not.toBe('');
    // The article form has the Markdown editor: its toolbar's tooltips count too.
    await expectNoEnglish('article form with the Markdown toolbar');
    await date.fill('2021-02-30');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect
      .poll(() => page.getByText('Ngày đăng: "2021-02-30" không có thật: tháng 2/2021 không có ngày 30').count(), { timeout: 20_000 })
      .toBeGreaterThan(0);
    expect(git(setup.repo, 'branch', '--list')).toBe(branches);
  });

  test('an article dated after today is shown as scheduled in its preview, with the day it goes live', async () => {
    const nextYear = new Date().getFullYear() + 1;
    await editor.open(`/collections/articles/entries/${SEED_ARTICLE}/index`, 'Tiêu đề');
    const date = page.getByLabel('Ngày đăng');
    await expect.poll(() => date.inputValue(), { timeout: 20_000 }).not.toBe('');
    await date.fill(`${nextYear}-01-15`);
    await expect.poll(() => previewHas(`Hẹn giờ: bài chỉ hiện trên trang từ ngày 15 tháng 1 năm ${nextYear}`), { timeout: 30_000 }).toBe(true);
    await shot('cms-hen-gio');
  });

  test('a text file named .jpg is refused on upload; a 9504×6336 camera photo with GPS is stored at 2560 px without EXIF', async () => {
    await editor.open('/collections/models/new');
    await editor.fillNewModel('Điện lực Hàm Yên', 'Ảnh chụp bằng máy ảnh lớn.', 'Tổ tự quản ảnh lớn');
    await page.getByText('Chọn một hình').click();
    const input = page.locator('input[type=file]');
    await input.setInputFiles({ name: 'van-ban.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('Đây là văn bản, không phải ảnh.') });
    await expect.poll(() => page.getByRole('alert').filter({ hasText: '"van-ban.jpg" không phải là tệp ảnh (không đọc được nội dung ảnh)' }).count()).toBe(1);
    expect(await page.getByText('van-ban.jpg', { exact: true }).count()).toBe(0);

    const camera = await sharp({ create: { width: 9504, height: 6336, channels: 3, background: { r: 40, g: 90, b: 60 } } })
      .jpeg()
      .withExif({ IFD0: { Make: 'Máy ảnh', Model: 'Thử' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '21/1 49/1 0/1' } })
      .toBuffer();
    expect((await sharp(camera).metadata()).exif).toBeDefined();
    await input.setInputFiles({ name: 'may-anh.jpg', mimeType: 'image/jpeg', buffer: camera });
    await expect.poll(() => page.getByText('may-anh.jpg').count(), { timeout: 60_000 }).toBeGreaterThan(0);
    expect(await page.locator('#upload-notice').count()).toBe(0);
    await page.getByRole('button', { name: 'Lấy những cái đã chọn' }).click();
    await page.getByLabel('Mô tả ảnh').fill('Ảnh chụp từ máy ảnh lớn');
    await editor.save();
    await editor.publish();

    const stored = await readFile(join(setup.repo, 'content/models/to-tu-quan-anh-lon/may-anh.jpg'));
    const meta = await sharp(stored).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 2560, Math.round((6336 * 2560) / 9504)]);
    expect(meta.exif).toBeUndefined();
  });

  for (const width of [390, 360]) {
    test(`at ${width} px wide (a phone) the form starts below the toolbar, nothing scrolls sideways, and an entry can be saved and published`, async () => {
      await page.setViewportSize({ width, height: 800 });
      try {
        const noSidewaysScroll = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
        await editor.open('/collections/models/new');
        expect(await noSidewaysScroll()).toBe(true);
        // The first field is what the eye meets, not covered by the toolbar.
        const name = page.getByLabel('Tên mô hình');
        const covered = await name.evaluate((el) => {
          const box = el.getBoundingClientRect();
          const top = document.elementFromPoint(box.left + box.width / 2, box.top + 4);
          return !(top === el || el.contains(top));
        });
        expect(covered).toBe(false);
        if (width === 390) await shot('cms-dien-thoai');

        await editor.fillNewModel('Công an xã', `Lưu và công bố từ điện thoại rộng ${width} px.`, `Tổ tự quản điện thoại ${width}`);
        await editor.save();
        expect(await noSidewaysScroll()).toBe(true);
        const onScreen = (box: { x: number; width: number } | null) => Boolean(box && box.x >= 0 && box.x + box.width <= width);
        await editor.publish({
          status: async () => undefined,
          // "Công bố" and its menu sit on screen, not past the right edge.
          publish: async () => {
            expect(onScreen(await page.getByRole('button', { name: 'Công bố', exact: true }).boundingBox())).toBe(true);
            expect(onScreen(await page.getByRole('menuitem', { name: 'Công bố ngay' }).boundingBox())).toBe(true);
            if (width === 390) await shot('cms-dien-thoai-cong-bo');
          },
        });
        expect(git(setup.repo, 'ls-tree', '--name-only', 'main', 'content/models/')).toContain(`content/models/to-tu-quan-dien-thoai-${width}`);

        await editor.open('/workflow');
        await page.getByText('Bản nháp').first().waitFor();
        expect(await noSidewaysScroll()).toBe(true);
        await expectNoEnglish(`workflow board at ${width} px`);
      } finally {
        await page.setViewportSize({ width: 1280, height: 860 });
      }
    });
  }

  test.each([
    // A word of the name.
    ['xang dau', /xăng dầu/i],
    // Words only in other fields (partner, place, summary) of "Liên kết … dự trữ quốc gia".
    ['an tuong', /Liên kết đảm bảo ANTT - An toàn kho hàng dự trữ quốc gia/],
    // The first words of two names the source gives alike.
    ['tu quan', /Tự quản về đảm bảo ANTT|Tự quản đảm bảo an ninh trật tự/],
  ])('the CMS search finds entries typed without Vietnamese marks: "%s"', async (typed, found) => {
    await editor.open('/collections/models');
    const search = page.getByPlaceholder(/Tìm kiếm/);
    await search.fill(typed);
    await search.press('Enter');
    // The results page, not the collection list it replaces.
    await page.waitForURL(new RegExp(`/search/${encodeURIComponent(typed)}$`));
    await expect.poll(() => page.getByText(found).count(), { timeout: 30_000 }).toBeGreaterThan(0);
  });

  test('everything the CMS accepted builds: the site is rebuilt from the edited repository without an error', async () => {
    const dist = await buildSite(setup.repo);
    try {
      expect(existsSync(join(dist, 'mo-hinh', 'to-tu-quan-anh-lon', 'index.html'))).toBe(true);
    } finally {
      await removeDir(dist);
    }
  }, 300_000);
});
