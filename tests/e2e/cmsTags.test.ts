/**
 * The tag box of the CMS with real Decap, decap-server in git mode and real commits: while
 * an editor types a tag, the tags other articles use are suggested, matched without marks
 * ("to quoc" → "Tổ quốc"), picked by keyboard on a desktop and by a tap on a 360 px phone;
 * a known tag typed in another spelling is saved in the known spelling, and the committed
 * file holds the tags exactly as the other articles spell them.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { splitFrontMatter } from '~/lib/frontMatter/splitFrontMatter';
import { launchBrowser } from '../support/browser';
import { cmsEditor } from '../support/cmsEditor';
import { type CmsSetup, git, SCREENSHOT_DIR, startCmsSetup } from '../support/cmsHarness';
import { saveIfChanged } from '../support/screenshots';

const SEED_ARTICLE = 'tuyen-quang-day-manh-phong-trao-toan-dan-bao-ve-to-quoc-trong-tinh-hinh-moi';
/** Tags another article already carries, in the spelling the site shows. */
const KNOWN_TAGS = ['Tổ quốc', 'Bảo vệ rừng', 'An ninh mạng'];

let setup: CmsSetup;
let browser: Browser;
const browserErrors: string[] = [];

const articleFile = () => join(setup.repo, 'content/articles', SEED_ARTICLE, 'index.md');

async function tagsInFile(): Promise<unknown> {
  const split = splitFrontMatter(await readFile(articleFile(), 'utf8'));
  if (!split.ok) throw new Error(split.message);
  return (parse(split.parts.yaml) as { tags?: unknown }).tags;
}

async function newEditorPage(options: Parameters<Browser['newPage']>[0]): Promise<Page> {
  const page = await browser.newPage({ locale: 'vi-VN', ...options });
  page.on('dialog', (dialog) => void dialog.accept());
  page.on('console', (message) => {
    if (message.type() === 'error') browserErrors.push(message.text());
  });
  return page;
}

beforeAll(async () => {
  setup = await startCmsSetup();
  // Another article, committed as an editor would have published it, carrying the known tags.
  const dir = join(setup.repo, 'content/articles/bai-co-chu-de');
  await mkdir(dir);
  const front = [
    '---',
    'title: "Bài có sẵn chủ đề"',
    'description: "Bài mang các chủ đề mà bài khác sẽ dùng lại."',
    'publishDate: "2026-11-20"',
    'author: "Người thử"',
    'authorUnit: "Đơn vị thử"',
    `tags: [${KNOWN_TAGS.map((t) => JSON.stringify(t)).join(', ')}]`,
    '---',
    '',
    'Nội dung.',
    '',
  ].join('\n');
  await writeFile(join(dir, 'index.md'), front);
  git(setup.repo, 'add', '-A');
  git(setup.repo, 'commit', '-qm', 'Bài có sẵn chủ đề');
  browser = await launchBrowser();
}, 300_000);

afterEach((ctx) => {
  if (ctx.task.result?.state === 'fail') console.error(browserErrors.join('\n'));
  browserErrors.length = 0;
});

afterAll(async () => {
  await browser?.close();
  await setup?.close();
});

describe('the tag box of the CMS', () => {
  test('on a desktop, typing "to quoc" suggests "Tổ quốc"; arrow and Enter pick it, and the published file holds it as other articles spell it', async () => {
    const page = await newEditorPage({ viewport: { width: 1280, height: 860 } });
    const editor = cmsEditor(page, setup.siteUrl);
    await editor.logIn();
    const before = (await tagsInFile()) as string[];
    await editor.open(`/collections/articles/entries/${SEED_ARTICLE}/index`, 'Tiêu đề');

    // The tags the article has are shown as chips, each with a way to remove it.
    const chosen = page.getByRole('list', { name: 'Chủ đề của bài' });
    await expect.poll(() => chosen.getByRole('listitem').allInnerTexts(), { timeout: 20_000 }).toHaveLength(before.length);
    await expect(chosen.getByRole('button', { name: `Bỏ chủ đề ${before[0]}` }).count()).resolves.toBe(1);

    const box = page.getByRole('combobox', { name: 'Chủ đề' });
    await box.scrollIntoViewIfNeeded();
    await box.pressSequentially('to quoc', { delay: 40 });
    const suggestions = page.getByRole('listbox', { name: 'Chủ đề đã có' });
    await expect.poll(() => suggestions.getByRole('option').allInnerTexts(), { timeout: 20_000 }).not.toEqual([]);
    // The seed's own "phong trào … tổ quốc" is already on the article: not offered again.
    const offered = await suggestions.getByRole('option').allInnerTexts();
    expect(offered[0]).toMatch(/^Tổ quốc · 1 bài$/);
    expect(offered.some((o) => o.startsWith('phong trào'))).toBe(false);
    await expect(box.getAttribute('aria-expanded')).resolves.toBe('true');
    // The editors' guide shows this screen.
    const png = await page.screenshot({ animations: 'disabled', caret: 'hide', style: '.Toastify { display: none !important; }' });
    await saveIfChanged(join(SCREENSHOT_DIR, 'cms-goi-y-chu-de.png'), png);

    await box.press('ArrowDown');
    const active = await box.getAttribute('aria-activedescendant');
    expect(active).toBeTruthy();
    await expect(page.locator(`[id="${active}"]`).getAttribute('aria-selected')).resolves.toBe('true');
    await box.press('Enter');
    await expect.poll(() => chosen.getByRole('listitem').allInnerTexts()).toHaveLength(before.length + 1);
    await expect(box.inputValue()).resolves.toBe('');
    await expect(box.getAttribute('aria-expanded')).resolves.toBe('false');

    await editor.save();
    await editor.publish();
    expect(await tagsInFile()).toEqual([...before, 'Tổ quốc']);
    expect(git(setup.repo, 'status', '--porcelain').trim()).toBe('');
    await page.close();
  });

  test('on a 360 px phone, a tapped suggestion is added, and a known tag typed in other case and without marks is saved in the known spelling, with a note', async () => {
    const page = await newEditorPage({ viewport: { width: 360, height: 800 }, hasTouch: true, isMobile: true });
    const editor = cmsEditor(page, setup.siteUrl);
    await editor.logIn();
    const before = (await tagsInFile()) as string[];
    await editor.open(`/collections/articles/entries/${SEED_ARTICLE}/index`, 'Tiêu đề');
    const box = page.getByRole('combobox', { name: 'Chủ đề' });
    await expect.poll(() => page.getByRole('list', { name: 'Chủ đề của bài' }).getByRole('listitem').count(), { timeout: 20_000 }).toBe(before.length);

    await box.scrollIntoViewIfNeeded();
    await box.tap();
    await box.pressSequentially('bao ve', { delay: 40 });
    const option = page.getByRole('listbox', { name: 'Chủ đề đã có' }).getByRole('option', { name: /^Bảo vệ rừng/ });
    await option.waitFor({ timeout: 20_000 });
    // The suggestion is big enough to tap, nothing scrolls sideways, and the list reaches no
    // further right than the form's other fields (the title box) do.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const where = await option.boundingBox();
    const title = await page.getByLabel('Tiêu đề', { exact: true }).boundingBox();
    const fits = { left: where!.x >= 0, right: where!.x + where!.width <= Math.max(360, title!.x + title!.width), tall: where!.height >= 44 };
    expect(fits, JSON.stringify({ option: where, title })).toEqual({ left: true, right: true, tall: true });
    await option.tap();

    await box.pressSequentially('AN NINH MANG', { delay: 40 });
    await box.press('Enter');
    await expect.poll(() => page.getByText('được ghi theo cách viết chung "An ninh mạng"').count()).toBe(1);

    await editor.save();
    await editor.publish();
    expect(await tagsInFile()).toEqual([...before, 'Bảo vệ rừng', 'An ninh mạng']);
    await page.close();
  });
});
