/**
 * The editor's token and uploads, end to end: the site built with /admin on its own origin
 * (ADMIN_ORIGIN), served by a real nginx on two ports (two origins) with the generated
 * configurations, real Decap in Chromium, real decap-server in git mode.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readSecuritySettings } from '~/lib/security/securitySettings';
import { serverConfig } from '~/lib/security/serverConfig';
import { launchBrowser } from '../support/browser';
import { freePort } from '../support/freePort';
import { startNginx, type RunningNginx } from '../support/nginx';
import { type CmsSetup, git, startCmsSetup, repoState as repoStateOf } from '../support/cmsHarness';

const TOKEN_KEY = 'decap-cms-user';
const ARTICLE = 'tuyen-quang-day-manh-phong-trao-toan-dan-bao-ve-to-quoc-trong-tinh-hinh-moi';
const SVG = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.domain)</script></svg>';

let publicUrl: string;
let adminUrl: string;
let setup: CmsSetup;
let nginx: RunningNginx;
let browser: Browser;
let context: BrowserContext;
let admin: Page;

beforeAll(async () => {
  const [publicPort, adminPort] = [await freePort(), await freePort()];
  publicUrl = `http://127.0.0.1:${publicPort}`;
  adminUrl = `http://127.0.0.1:${adminPort}`;
  setup = await startCmsSetup({ SITE_URL: publicUrl, ADMIN_ORIGIN: adminUrl });
  const settings = readSecuritySettings({ CMS_LOCAL_BACKEND_URL: setup.apiUrl, ADMIN_ORIGIN: adminUrl, SITE_URL: publicUrl });
  nginx = await startNginx([
    { root: setup.dist, include: serverConfig('nginx', settings, publicUrl), port: publicPort },
    { root: setup.dist, include: serverConfig('nginx-admin', settings, publicUrl), port: adminPort },
  ]);
  browser = await launchBrowser();
  context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1280, height: 860 } });
  admin = await context.newPage();
  admin.on('dialog', (dialog) => void dialog.accept());
  await admin.goto(`${adminUrl}/admin/`);
  await admin.getByRole('button', { name: 'Đăng nhập' }).click({ timeout: 90_000 });
  await admin.getByText('Mô hình').first().waitFor({ timeout: 90_000 });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await nginx?.close();
  await setup?.close();
});

/** The state of the repository an upload must not change. */
const repoState = () => repoStateOf(setup.repo);

describe('the editor token lives on the admin origin only', () => {
  test('the admin works on its own origin and keeps its login there', async () => {
    expect(new URL(admin.url()).origin).toBe(adminUrl);
    expect(await admin.evaluate((key) => localStorage.getItem(key), TOKEN_KEY)).toContain('proxy');
  });

  test('the public origin sends /admin to the admin origin: by nginx, and by the page itself where a host cannot redirect', async () => {
    const redirect = await fetch(`${publicUrl}/admin/`, { redirect: 'manual' });
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe(`${adminUrl}/admin/`);

    // The same build on a plain static host (the harness's server, a third origin): the page redirects
    // before Decap starts, and removes a token an earlier login left on that origin.
    const page = await context.newPage();
    await page.goto(`${setup.siteUrl}/`);
    await page.evaluate((key) => localStorage.setItem(key, '{"token":"cu"}'), TOKEN_KEY);
    await page.goto(`${setup.siteUrl}/admin/#/collections/models`);
    await page.waitForURL(`${adminUrl}/admin/**`);
    expect(new URL(page.url()).hash).toBe('#/collections/models');
    await page.goto(`${setup.siteUrl}/`);
    expect(await page.evaluate((key) => localStorage.getItem(key), TOKEN_KEY)).toBeNull();
    await page.close();
  });

  test('a script on a public page can reach neither the token nor the admin window', async () => {
    const page = await context.newPage();
    await page.goto(`${publicUrl}/gioi-thieu/`);
    // What injected script would try: its own storage, a popup of the admin, a frame of the admin.
    const attempts = await page.evaluate(
      async ({ adminUrl, key }) => {
        const read = (win: Window | null | undefined) => {
          try {
            return win?.localStorage.getItem(key) ?? 'no window';
          } catch (error) {
            return (error as Error).name;
          }
        };
        const popup = window.open(`${adminUrl}/admin/`);
        const frame = document.createElement('iframe');
        frame.src = `${adminUrl}/admin/`;
        document.body.append(frame);
        await new Promise((resolve) => setTimeout(resolve, 3000));
        return { own: localStorage.getItem(key), popup: read(popup), frame: read(frame.contentWindow) };
      },
      { adminUrl, key: TOKEN_KEY },
    );
    expect(attempts.own).toBeNull();
    expect(attempts.popup).not.toContain('proxy');
    expect(attempts.frame).not.toContain('proxy');
    expect([attempts.popup, attempts.frame].every((result) => ['SecurityError', 'no window'].includes(result))).toBe(true);
    await page.close();
  });
});

describe('uploads through the CMS', () => {
  /** Opens the seed article and picks a cover file in Decap's photo dialog. */
  async function pickCover(name: string, mimeType: string, buffer: Buffer) {
    await admin.goto('about:blank');
    await admin.goto(`${adminUrl}/admin/#/collections/articles/entries/${ARTICLE}/index`);
    await admin.getByLabel('Tiêu đề').waitFor({ timeout: 30_000 });
    await admin.getByText('Chọn một hình').click();
    await admin.locator('input[type=file]').setInputFiles({ name, mimeType, buffer });
  }

  /** The refusal an editor reads on the spot (admin/uploadGuard.ts), with the build's own words. */
  const refusal = (pattern: RegExp) => admin.getByRole('alert').filter({ hasText: pattern });

  /** Picks a cover file, inserts it and saves the article. */
  async function saveCover(name: string, mimeType: string, buffer: Buffer) {
    await pickCover(name, mimeType, buffer);
    await expect.poll(() => admin.getByText(name).count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await admin.getByRole('button', { name: 'Lấy những cái đã chọn' }).click();
    await admin.getByLabel('Mô tả ảnh').fill('Sơ đồ địa bàn');
    await admin.getByRole('button', { name: 'Lưu', exact: true }).click();
  }

  test('the global media library is not offered to editors', async () => {
    await admin.goto(`${adminUrl}/admin/#/collections/models`);
    await admin.getByText('Mô hình').first().waitFor();
    // Decap draws the button (it has no setting to leave it out); the admin page hides it.
    await expect.poll(() => admin.getByRole('button', { name: 'Tập tin', includeHidden: true }).count(), { timeout: 20_000 }).toBe(1);
    expect(await admin.getByRole('button', { name: 'Tập tin', includeHidden: true }).isVisible()).toBe(false);
  });

  test('an HTML file sent through the global media library anyway is refused and never committed', async () => {
    const before = await repoState();
    await admin.goto(`${adminUrl}/admin/#/collections/models`);
    await admin.getByText('Mô hình').first().waitFor();
    // As if the button were reachable: the refusal must not depend on hiding it.
    await admin.addStyleTag({ content: "header nav li:has(> button[class*='AppHeaderButton']) { display: list-item !important; }" });
    await admin.getByRole('button', { name: 'Tập tin' }).click();
    await admin.locator('input[type=file]').setInputFiles({ name: 'bao-cao.html', mimeType: 'text/html', buffer: Buffer.from('<script>alert(1)</script>') });
    // Refused as soon as it is picked; the backend's own guard (unit-tested) would refuse it at commit too.
    await expect.poll(() => refusal(/"bao-cao\.html" không phải loại ảnh được nhận/).count(), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(await repoState()).toBe(before);
    expect(existsSync(join(setup.repo, 'cms-uploads'))).toBe(false);
  });

  test('an SVG cover is refused on upload with a Vietnamese reason, and nothing is committed', async () => {
    const before = await repoState();
    await pickCover('so-do.svg', 'image/svg+xml', Buffer.from(SVG));
    await expect
      .poll(() => refusal(/"so-do\.svg" không phải loại ảnh được nhận \(JPG, PNG, WebP, AVIF, GIF\)/).count(), { timeout: 20_000 })
      .toBeGreaterThan(0);
    expect(await admin.getByText('so-do.svg', { exact: true }).count()).toBe(0);
    expect(await repoState()).toBe(before);
  });

  test('a script disguised as a .jpg is refused: the bytes decide, not the name', async () => {
    const before = await repoState();
    await pickCover('anh-dep.jpg', 'image/jpeg', Buffer.from(SVG));
    await expect.poll(() => refusal(/"anh-dep\.jpg" không phải là tệp ảnh/).count(), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(await admin.getByText('anh-dep.jpg', { exact: true }).count()).toBe(0);
    expect(await repoState()).toBe(before);
  });

  test('a photo cut short (a half-finished transfer) is refused on the spot with the build\u2019s own words', async () => {
    const before = await repoState();
    const whole = await sharp({ create: { width: 800, height: 600, channels: 3, background: { r: 30, g: 80, b: 140 } } })
      .jpeg()
      .toBuffer();
    // Its head is a valid JPEG of the right size; only decoding to the end shows the missing half.
    await pickCover('anh-do-dang.jpg', 'image/jpeg', whole.subarray(0, Math.floor(whole.length / 2)));
    await expect.poll(() => refusal(/ảnh "anh-do-dang\.jpg" bị hỏng hoặc tải lên chưa hết/).count(), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(await admin.getByText('anh-do-dang.jpg', { exact: true }).count()).toBe(0);
    expect(await repoState()).toBe(before);
  });

  test('a real photo is still accepted and saved beside the article', async () => {
    const photo = await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#9b1c1c' } })
      .jpeg()
      .toBuffer();
    await saveCover('so-do-dia-ban.jpg', 'image/jpeg', photo);
    await expect.poll(() => admin.getByRole('button', { name: /^Trạng/ }).count(), { timeout: 20_000 }).toBe(1);
    expect(git(setup.repo, 'branch', '--list')).toContain(`cms/articles/${ARTICLE}/index`);
    expect(git(setup.repo, 'show', `cms/articles/${ARTICLE}/index`, '--name-only', '--format=')).toContain(`content/articles/${ARTICLE}/so-do-dia-ban.jpg`);
  });
});
