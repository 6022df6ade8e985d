/**
 * `npm run cms` as an editor runs it: astro dev and decap-server in git mode on the same
 * working tree. decap-server switches that tree to a draft's branch to read and save it;
 * the editor's page must stay as it is, and saving the same form twice must never leave
 * two entries.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from '../support/browser';
import { cmsEditor, MODEL_SLUG, type CmsEditor } from '../support/cmsEditor';
import { type CmsDevSetup, git, startCmsDev } from '../support/cmsHarness';

const SEED_SLUG = 'lien-ket-antt-kho-du-tru-quoc-gia-an-tuong';

let setup: CmsDevSetup;
let browser: Browser;
let page: Page;
let editor: CmsEditor;

/** Draft branches (editorial workflow) of the test model, whatever their suffix. */
const modelBranches = () =>
  git(setup.repo, 'branch', '--list', `cms/models/${MODEL_SLUG}*`)
    .split('\n')
    .map((b) => b.replace(/^[*+]?\s*/, '').trim())
    .filter(Boolean);

beforeAll(async () => {
  setup = await startCmsDev();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 860 }, locale: 'vi-VN' });
  page.on('dialog', (dialog) => void dialog.accept());
  editor = cmsEditor(page, setup.siteUrl);
  await editor.logIn();
}, 400_000);

afterAll(async () => {
  await browser?.close();
  await setup?.close();
});

describe('npm run cms (astro dev + decap-server in git mode)', () => {
  test('the dev server serves the 1200×630 share image a page names, as the build does', async () => {
    const html = await (await fetch(`${setup.siteUrl}/mo-hinh/${SEED_SLUG}/`)).text();
    const og = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(og).toMatch(/\/og\/[0-9a-f]{20}\.png$/);
    const response = await fetch(new URL(new URL(og).pathname, setup.siteUrl));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    const { width, height } = await sharp(Buffer.from(await response.arrayBuffer())).metadata();
    expect([width, height]).toEqual([1200, 630]);
  });

  test('an open draft is never reloaded while decap-server switches branches under the dev server', async () => {
    // A draft of a published profile: its file differs between main and the draft branch,
    // so every read or save of the draft changes a file astro dev watches.
    await editor.open(`/collections/models/entries/${SEED_SLUG}/index`);
    const box = page.getByLabel('Tóm tắt');
    await expect.poll(() => box.inputValue(), { timeout: 30_000 }).not.toBe('');
    await box.fill('Bản nháp thứ nhất của tóm tắt.');
    await editor.save();
    const draftCommits = () => Number(git(setup.repo, 'rev-list', '--count', `main..cms/models/${SEED_SLUG}/index`));
    expect(draftCommits()).toBe(1);

    await editor.open(`/collections/models/entries/${SEED_SLUG}/index`);
    await expect.poll(() => box.inputValue(), { timeout: 30_000 }).toBe('Bản nháp thứ nhất của tóm tắt.');
    let navigations = 0;
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) navigations++;
    });
    await page.evaluate(() => ((window as unknown as { __stillHere: boolean }).__stillHere = true));
    await box.fill('Bản nháp thứ hai, sửa khi máy chủ vừa chuyển nhánh.');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect.poll(draftCommits, { timeout: 30_000 }).toBe(2);
    // The dev server has seen the branch switches; give it time to (not) reload the page.
    await page.waitForTimeout(15_000);
    expect(navigations).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __stillHere?: boolean }).__stillHere)).toBe(true);
    expect(await box.inputValue()).toBe('Bản nháp thứ hai, sửa khi máy chủ vừa chuyển nhánh.');
  });

  test('saving the same new entry twice is refused the second time, leaving exactly one entry', async () => {
    const fill = () => editor.fillNewModel('Điện lực Na Hang', 'Lưu hai lần cùng một nội dung.');
    await editor.open('/collections/models/new');
    await fill();
    await editor.save();
    expect(modelBranches()).toEqual([`cms/models/${MODEL_SLUG}/index`]);

    // The same form again, as when a reload mid-save restores Decap's backup into a new entry.
    await editor.open('/collections/models/new');
    await fill();
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect.poll(() => page.getByText(/Mục này đã được lưu rồi/).count(), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(modelBranches()).toEqual([`cms/models/${MODEL_SLUG}/index`]);
    const folders = git(setup.repo, 'ls-tree', '-d', '--name-only', `cms/models/${MODEL_SLUG}/index`, 'content/models/')
      .split('\n')
      .filter((dir) => dir.includes(MODEL_SLUG));
    expect(folders).toEqual([join('content/models', MODEL_SLUG)]);
  });
});
