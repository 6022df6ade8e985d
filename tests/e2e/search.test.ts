/**
 * Search on the built site in Chromium: Vietnamese matching, facets and their counts, state
 * in the URL, Back, IME composition, no-JS fallback and a 360 px screen. Expected pages are
 * named from content/ (ids are folder names); counts are computed from its front matter.
 */
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { MODEL_TYPES, SECTORS, labelOf } from '~/schema/taxonomy';
import { launchBrowser } from '../support/browser';
import { PROJECT_ROOT } from '../support/buildSite';
import { frontMatter } from '../support/content';

const siteUrl = inject('siteUrl');

interface Entry {
  id: string;
  collection: 'models' | 'articles';
  fields: Record<string, unknown>;
}

/** Each published entry's front matter, read with the build's own reader. */
async function readEntries(collection: Entry['collection']): Promise<Entry[]> {
  const ids = await readdir(join(PROJECT_ROOT, 'content', collection));
  return ids.map((id) => ({ id, collection, fields: frontMatter(collection, id) })).filter((e) => e.fields.draft !== true);
}

let browser: Browser;
let page: Page;
let models: Entry[];
let articles: Entry[];

beforeAll(async () => {
  browser = await launchBrowser();
  [models, articles] = await Promise.all([readEntries('models'), readEntries('articles')]);
});
afterAll(async () => {
  await browser?.close();
});

async function newPage(options: Parameters<Browser['newPage']>[0] = {}): Promise<Page> {
  page = await browser.newPage(options);
  return page;
}

/** Waits until the search on screen has finished. */
async function settled(p: Page): Promise<void> {
  await p.waitForFunction(() => {
    const list = document.querySelector('[data-search-results]');
    const status = document.querySelector('[data-search-status]');
    return list && !list.hasAttribute('aria-busy') && (status?.textContent ?? '').trim() !== '';
  });
}

async function openSearch(p: Page, query: string): Promise<void> {
  await p.goto(`${siteUrl}/tim-kiem/${query ? `?${query}` : ''}`);
  await settled(p);
}

/** Entry ids of the results on screen, in order. */
async function resultIds(p: Page): Promise<string[]> {
  const hrefs = await p.locator('[data-search-results] h2 a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
  return hrefs.map((h) => h.split('/').filter(Boolean).at(-1) ?? h);
}

async function statusText(p: Page): Promise<string> {
  return (await p.getByRole('status').textContent())?.trim() ?? '';
}

/** The count shown beside a facet value, e.g. "Tự quản (3)" → 3. */
async function facetCount(p: Page, legend: string, value: string): Promise<number | undefined> {
  const box = p.getByRole('group', { name: legend }).getByRole('checkbox', { name: new RegExp(`^${value} \\(\\d+\\)$`) });
  if ((await box.count()) === 0) return undefined;
  const label = await box.locator('xpath=..').textContent();
  return Number(/\((\d+)\)/.exec(label ?? '')?.[1]);
}

const FOREST = 'lien-ket-antt-quan-ly-bao-ve-rung-tan-thanh';
const EXPLOSIVES_TRANG_DA = 'lien-ket-bao-dam-antt-kho-vat-lieu-no-trang-da';
const CEMENT_TRANG_DA = 'lien-ket-antt-xi-mang-tuyen-quang-vmi-trang-da';
const FUEL_TAM_DA = 'lien-ket-antt-cua-hang-xang-dau-48-hoi-xuan';
const POWER_LINE = 'tu-quan-an-toan-luoi-dien-110kv-yen-son';
const BANK = 'tu-quan-antt-ngan-hang-dau-tu-va-phat-trien-tuyen-quang';
const AGRICULTURE = 'tu-quan-antt-so-nong-nghiep-va-ptnt';

describe('Vietnamese matching', () => {
  // Each query must bring every listed page into its top three.
  const table: [query: string, expected: string[], why: string][] = [
    ['doi bao ve rung', [FOREST], 'no marks, d for đ: name has “Đội sản xuất”, “bảo vệ rừng”'],
    ['Đội bảo vệ rừng', [FOREST], 'as written'],
    ['DOI BAO VE RUNG', [FOREST], 'upper case, no marks'],
    ['bao ve rung', [FOREST], 'sector Bảo vệ rừng'],
    ['trang da', [EXPLOSIVES_TRANG_DA, CEMENT_TRANG_DA], 'locality xa-trang-da, no marks'],
    ['Tràng Đà', [EXPLOSIVES_TRANG_DA, CEMENT_TRANG_DA], 'former commune, as written'],
    ['nong tien', [EXPLOSIVES_TRANG_DA, CEMENT_TRANG_DA], 'xã Tràng Đà is now phường Nông Tiến'],
    ['Nông Tiến', [EXPLOSIVES_TRANG_DA, CEMENT_TRANG_DA], 'current ward, as written'],
    ['tam da', [FUEL_TAM_DA], 'thôn Hồi Xuân - Tam Đa, no marks'],
    ['Tam Đa', [FUEL_TAM_DA], 'former commune, as written'],
    ['phu luong', [FUEL_TAM_DA], 'xã Tam Đa is now xã Phú Lương'],
    ['Phú Lương', [FUEL_TAM_DA], 'current commune, as written'],
    ['xang dau', [FUEL_TAM_DA], 'cửa hàng xăng dầu, no marks'],
    ['tu quan', [BANK, AGRICULTURE], 'names start “Tự quản”'],
    ['lien ket', [], 'checked below: the top three are Liên kết models'],
    ['luoi dien', [POWER_LINE], 'lưới điện, d for đ'],
    ['ngan hang dau tu', [BANK], 'Ngân hàng … Đầu tư, d for đ'],
  ];

  it.each(table)('“%s” brings %j into the top three (%s)', async (query, expected) => {
    const p = page ?? (await newPage());
    await openSearch(p, new URLSearchParams({ q: query }).toString());
    const top = (await resultIds(p)).slice(0, 3);
    for (const id of expected) expect(top).toContain(id);
    if (query === 'lien ket') {
      const linked = models.filter((m) => m.fields.type === 'lien-ket').map((m) => m.id);
      expect(top).toHaveLength(3);
      for (const id of top) expect(linked).toContain(id);
    }
  });

  it('finds the same pages without tone marks in any case, and a marked query finds a subset of them', async () => {
    const p = page ?? (await newPage());
    const sets: string[][] = [];
    for (const q of ['doi bao ve rung', 'DOI BAO VE RUNG', 'Đội bảo vệ rừng']) {
      await openSearch(p, new URLSearchParams({ q }).toString());
      sets.push((await resultIds(p)).sort());
    }
    expect(sets[1]).toEqual(sets[0]);
    expect(sets[2]!.length).toBeGreaterThan(0);
    for (const id of sets[2]!) expect(sets[0]).toContain(id);
  });

  /** Entries whose source text writes `phrase` with these very marks (any case). */
  const writing = (phrase: string) =>
    [...models, ...articles]
      .filter((e) =>
        readFileSync(join(PROJECT_ROOT, 'content', e.collection, e.id, 'index.md'), 'utf8')
          .normalize('NFC')
          .toLowerCase()
          .includes(phrase),
      )
      .map((e) => e.id)
      .sort();

  it.each(['Tràng Đà', 'TRÀNG ĐÀ'])('counts only the pages that write “%s” with its marks; the rest are apart as approximate', async (q) => {
    const p = page ?? (await newPage());
    const expected = writing('tràng đà');
    await openSearch(p, new URLSearchParams({ q }).toString());
    expect((await resultIds(p)).sort()).toEqual(expected);
    expect(await statusText(p)).toBe(`Tìm thấy ${expected.length} kết quả cho “${q}”.`);
    const approximate = p.getByRole('region', { name: 'Kết quả gần đúng' });
    const others = await approximate.locator('h2 a').count();
    expect(others).toBeGreaterThan(0); // "tình trạng", "đã": folded matches, listed but not counted
    const modelCount = expected.filter((id) => models.some((m) => m.id === id)).length;
    expect(await facetCount(p, 'Loại nội dung', 'Mô hình')).toBe(modelCount);
  });

  it('ranks the page that writes the syllables side by side first', async () => {
    const p = page ?? (await newPage());
    const [phrase] = writing('xã phú lương');
    await openSearch(p, new URLSearchParams({ q: 'xã Phú Lương' }).toString());
    expect((await resultIds(p))[0]).toBe(phrase);
  });

  it('finds with a query without marks every page the marked query finds', async () => {
    const p = page ?? (await newPage());
    await openSearch(p, 'q=trang+da');
    const folded = await resultIds(p);
    for (const id of writing('tràng đà')) expect(folded).toContain(id);
    expect(await p.getByRole('region', { name: 'Kết quả gần đúng' }).isHidden()).toBe(true);
  });

  it('highlights the words as the page writes them and never shows folded text', async () => {
    const p = page ?? (await newPage());
    await openSearch(p, 'q=doi');
    const first = p.locator('[data-search-results] li').first();
    expect(await first.locator('mark').allTextContents()).toContain('Đội');
    const text = await p.locator('[data-search-results]').textContent();
    expect(text).not.toMatch(/d_fold/);
  });
});

describe('abbreviations (src/data/searchAliases.yml)', () => {
  const sourceOf = (e: Entry) => readFileSync(join(PROJECT_ROOT, 'content', e.collection, e.id, 'index.md'), 'utf8').normalize('NFC');

  it('finds by “BIDV” the pages that write the bank’s full name, which never say BIDV', async () => {
    const p = page ?? (await newPage());
    const expected = [...models, ...articles].filter((e) => sourceOf(e).includes('Ngân hàng TMCP Đầu tư và Phát triển Việt Nam')).map((e) => e.id);
    expect(expected).toContain(BANK);
    await openSearch(p, 'q=BIDV');
    expect((await resultIds(p)).sort()).toEqual(expected.sort());
  });

  it('finds by the full form “an ninh nội bộ” the pages that write only “ANNB”', async () => {
    const p = page ?? (await newPage());
    const expected = [...models, ...articles].filter((e) => /\bANNB\b/.test(sourceOf(e))).map((e) => e.id);
    expect(expected.length).toBeGreaterThan(0);
    await openSearch(p, new URLSearchParams({ q: 'an ninh nội bộ' }).toString());
    expect((await resultIds(p)).sort()).toEqual(expected.sort());
  });
});

describe('queries typed with the input method off', () => {
  const readingText = async (p: Page) =>
    (await p.locator('[data-search-reading]').isVisible()) ? await p.locator('[data-search-reading] strong').textContent() : null;

  it.each([
    ['xawng daauf', 'xăng dầu', 'raw Telex'],
    ['xa8ng da6u', 'xăng dầu', 'raw VNI, tone key left out'],
    ['baoverung', 'bao ve rung', 'syllables without spaces'],
  ])('reads “%s” as “%s” (%s) and finds its pages', async (typed, meant) => {
    const p = page ?? (await newPage());
    await openSearch(p, new URLSearchParams({ q: meant }).toString());
    const direct = await resultIds(p);
    expect(direct.length).toBeGreaterThan(0);
    await openSearch(p, new URLSearchParams({ q: typed }).toString());
    expect(await readingText(p)).toBe(meant);
    expect(await resultIds(p)).toEqual(direct);
    expect(await p.getByLabel('Từ khóa').inputValue()).toBe(typed); // the box keeps what was typed
  });

  it('leaves a real word alone', async () => {
    const p = page ?? (await newPage());
    await openSearch(p, 'q=rung');
    expect(await readingText(p)).toBeNull();
    expect((await resultIds(p)).length).toBeGreaterThan(0);
  });
});

describe('result cards', () => {
  it('show the title as a link, then the kind, type, sector and place of a model as badges', async () => {
    const p = page ?? (await newPage());
    await openSearch(p, new URLSearchParams({ q: 'Đội bảo vệ rừng' }).toString());
    const forest = models.find((m) => m.id === FOREST)!;
    const card = p.locator('[data-search-results] > li').filter({ has: p.locator(`h2 a[href$="/${FOREST}/"]`) });
    await expect(card.getByRole('heading', { level: 2 }).textContent()).resolves.toContain(String(forest.fields.name));
    const badges = await card.locator('.badge').allTextContents();
    expect(badges.slice(0, 3)).toEqual(['Mô hình', labelOf(MODEL_TYPES.list, String(forest.fields.type)), labelOf(SECTORS.list, String(forest.fields.sector))]);
    expect(badges[3]).toMatch(/Việt Thành/);
    expect(await card.locator('mark').count()).toBeGreaterThan(0);
    expect(await card.locator('img').count()).toBe(0); // the model has no photo
  });

  it('date an article as it is known, with a machine-readable <time>', async () => {
    const p = page ?? (await newPage());
    await openSearch(p, 'loai=B%C3%A0i+vi%E1%BA%BFt');
    const article = articles[0]!;
    const card = p.locator('[data-search-results] > li').filter({ has: p.locator(`h2 a[href$="/${article.id}/"]`) });
    await expect(card.locator('time').getAttribute('datetime')).resolves.toBe(article.fields.publishDate);
    expect(await card.locator('.badge').first().textContent()).toBe('Bài viết');
  });
});

describe('facets', () => {
  it('lists every page of a facet for an empty query, counted as in the content', async () => {
    const p = page ?? (await newPage());
    await openSearch(p, 'loai=M%C3%B4+h%C3%ACnh');
    expect((await resultIds(p)).sort()).toEqual(models.map((m) => m.id).sort());
    expect(await statusText(p)).toBe(`Tìm thấy ${models.length} kết quả.`);
    expect(await facetCount(p, 'Loại nội dung', 'Mô hình')).toBe(models.length);
    expect(await facetCount(p, 'Loại nội dung', 'Bài viết')).toBe(articles.length);
    for (const { value, label } of MODEL_TYPES.list) {
      const n = models.filter((m) => m.fields.type === value).length;
      expect(await facetCount(p, 'Loại mô hình', label)).toBe(n || undefined);
    }
    for (const { value, label } of SECTORS.list) {
      const n = models.filter((m) => m.fields.sector === value).length;
      expect(await facetCount(p, 'Lĩnh vực', label)).toBe(n || undefined);
    }
  });

  it('narrows results with a checkbox, widens them with a second value of the same facet', async () => {
    const p = page ?? (await newPage());
    await openSearch(p, '');
    const group = p.getByRole('group', { name: 'Loại mô hình' });
    const selfManaged = models
      .filter((m) => m.fields.type === 'tu-quan')
      .map((m) => m.id)
      .sort();
    await group.getByRole('checkbox', { name: new RegExp(`^${labelOf(MODEL_TYPES.list, 'tu-quan')} `) }).check();
    await p.waitForURL(/kieu=/);
    await settled(p);
    expect((await resultIds(p)).sort()).toEqual(selfManaged);
    // Other facets now count within the selection.
    const sectorOfFirst = String(models.find((m) => m.id === selfManaged[0])!.fields.sector);
    const expectedSectorCount = models.filter((m) => m.fields.type === 'tu-quan' && m.fields.sector === sectorOfFirst).length;
    expect(await facetCount(p, 'Lĩnh vực', labelOf(SECTORS.list, sectorOfFirst))).toBe(expectedSectorCount);
    // Its own facet still offers the other type with the count selecting it would add.
    const linkedCount = models.filter((m) => m.fields.type === 'lien-ket').length;
    expect(await facetCount(p, 'Loại mô hình', 'Liên kết')).toBe(linkedCount);
    await group.getByRole('checkbox', { name: /^Liên kết / }).check();
    await p.waitForURL(/kieu=.*kieu=/);
    await settled(p);
    expect(await resultIds(p)).toHaveLength(selfManaged.length + linkedCount);
  });

  it('combines words with filters of several facets, a place by its current or former name alike', async () => {
    const p = page ?? (await newPage());
    for (const place of ['xã Tràng Đà', 'phường Nông Tiến']) {
      await openSearch(p, new URLSearchParams({ q: 'lien ket', loai: 'Mô hình', 'dia-ban': place }).toString());
      expect((await resultIds(p)).sort()).toEqual([CEMENT_TRANG_DA, EXPLOSIVES_TRANG_DA].sort());
    }
  });
});

describe('state in the URL', () => {
  it('restores words, filters and order from a shared URL', async () => {
    const p = page ?? (await newPage());
    await openSearch(p, 'q=rung&loai=M%C3%B4+h%C3%ACnh&sap-xep=moi-nhat');
    expect(await p.getByLabel('Từ khóa').inputValue()).toBe('rung');
    expect(
      await p
        .getByRole('group', { name: 'Loại nội dung' })
        .getByRole('checkbox', { name: /^Mô hình/ })
        .isChecked(),
    ).toBe(true);
    expect(await p.getByRole('radio', { name: 'Mới nhất' }).isChecked()).toBe(true);
    expect(await resultIds(p)).toEqual([FOREST]);
  });

  it('writes a committed search into the URL, and Back restores the previous one', async () => {
    const p = page ?? (await newPage());
    await openSearch(p, 'q=luoi+dien');
    expect((await resultIds(p))[0]).toBe(POWER_LINE);
    const input = p.getByLabel('Từ khóa');
    await input.fill('kho vat lieu no');
    await input.press('Enter');
    await p.waitForURL(/q=kho\+vat\+lieu\+no/);
    await settled(p);
    expect((await resultIds(p))[0]).toBe(EXPLOSIVES_TRANG_DA);
    await p.getByRole('radio', { name: 'Mới nhất' }).check();
    await p.waitForURL(/sap-xep=moi-nhat/);
    await settled(p);
    await p.goBack();
    await p.waitForURL((url) => !url.search.includes('sap-xep'));
    await settled(p);
    expect(await p.getByRole('radio', { name: 'Liên quan nhất' }).isChecked()).toBe(true);
    await p.goBack();
    await p.waitForURL(/q=luoi\+dien/);
    await settled(p);
    expect(await input.inputValue()).toBe('luoi dien');
    expect((await resultIds(p))[0]).toBe(POWER_LINE);
  });

  it('brings back the typed words with Back after a filter tapped without Enter, as on a phone', async () => {
    const p = page ?? (await newPage());
    await openSearch(p, '');
    const input = p.getByLabel('Từ khóa');
    await input.fill('kho vat lieu');
    await p
      .getByRole('group', { name: 'Loại nội dung' })
      .getByRole('checkbox', { name: /^Mô hình/ })
      .check();
    await p.waitForURL(/loai=/);
    await settled(p);
    await p.goBack();
    await p.waitForURL((url) => !url.search.includes('loai='));
    await settled(p);
    expect(await input.inputValue()).toBe('kho vat lieu');
    expect(new URL(p.url()).searchParams.get('q')).toBe('kho vat lieu');
  });

  it('says in one line how to search: marks, quotes for a phrase, filters', async () => {
    const p = page ?? (await newPage());
    await openSearch(p, '');
    const hint = await p.locator('#search-hint').textContent();
    expect(hint).toMatch(/ngoặc kép/);
    expect(hint).toMatch(/bộ lọc/);
    expect(await p.getByLabel('Từ khóa').getAttribute('aria-describedby')).toBe('search-hint');
  });

  it('reads ?q= sent by the header search form', async () => {
    const p = page ?? (await newPage());
    await p.goto(`${siteUrl}/mo-hinh/`);
    const header = p.getByRole('banner').getByRole('search');
    await header.getByRole('searchbox').fill('tam da');
    await header.getByRole('searchbox').press('Enter');
    await p.waitForURL(/\/tim-kiem\/\?q=tam\+da/);
    await settled(p);
    expect((await resultIds(p))[0]).toBe(FUEL_TAM_DA);
  });
});

describe('typing', () => {
  it('searches nothing while an input method is composing, and searches on compositionend', async () => {
    const p = page ?? (await newPage());
    await openSearch(p, 'q=luoi+dien');
    const before = { url: p.url(), status: await statusText(p) };
    const input = p.getByLabel('Từ khóa');
    await input.fill('');
    await input.focus();
    const cdp = await p.context().newCDPSession(p);
    await cdp.send('Input.imeSetComposition', { text: 'x', selectionStart: 1, selectionEnd: 1 });
    await cdp.send('Input.imeSetComposition', { text: 'xă', selectionStart: 2, selectionEnd: 2 });
    await cdp.send('Input.imeSetComposition', { text: 'xăng', selectionStart: 4, selectionEnd: 4 });
    await p.waitForTimeout(800);
    expect(await input.inputValue()).toBe('xăng');
    expect(p.url()).toBe(before.url);
    expect(await statusText(p)).toBe(before.status);
    await cdp.send('Input.insertText', { text: 'xăng' });
    await p.waitForURL(/q=x%C4%83ng/);
    await settled(p);
    expect((await resultIds(p))[0]).toBe(FUEL_TAM_DA);
  });

  it('searches as one types, after a short pause', async () => {
    const p = page ?? (await newPage());
    await openSearch(p, '');
    await p.getByLabel('Từ khóa').pressSequentially('phu luong', { delay: 30 });
    await p.waitForURL(/q=phu\+luong/);
    await settled(p);
    expect((await resultIds(p)).slice(0, 3)).toContain(FUEL_TAM_DA);
  });

  it('keeps showing the finished words while the last one is half typed, and a committed half word finds nothing', async () => {
    const p = page ?? (await newPage());
    await openSearch(p, '');
    await p.getByLabel('Từ khóa').pressSequentially('bao ve r', { delay: 30 });
    await p.waitForURL(/q=bao\+ve\+r/);
    await settled(p);
    expect(await statusText(p)).toMatch(/kết quả cho “bao ve”/);
    expect((await resultIds(p)).slice(0, 3)).toContain(FOREST);
    await p.getByLabel('Từ khóa').press('Enter');
    await p.waitForFunction(() => /“bao ve r”/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    expect(await statusText(p)).toMatch(/Không tìm thấy/);
  });
});

describe('pages and devices', () => {
  it('says search needs JavaScript and links to the directories when it is off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const p = await context.newPage();
    await p.goto(`${siteUrl}/tim-kiem/?q=rung`);
    const main = await p.locator('main').innerText();
    expect(main).toContain('Tìm kiếm cần JavaScript');
    expect(main).not.toContain('Sắp xếp');
    const visibleLinks = await p.evaluate(() =>
      [...document.querySelectorAll<HTMLAnchorElement>('main a')].filter((a) => a.checkVisibility()).map((a) => a.pathname),
    );
    for (const href of ['/mo-hinh/', '/tin-tuc/', '/dia-ban/']) expect(visibleLinks).toContain(href);
    await context.close();
  });

  it('loads the search index only on the search page', async () => {
    const p = await browser.newPage();
    const requested: string[] = [];
    p.on('request', (r) => requested.push(r.url()));
    await p.goto(`${siteUrl}/mo-hinh/${FOREST}/`);
    await p.waitForLoadState('networkidle');
    expect(requested.filter((u) => u.includes('/pagefind/'))).toEqual([]);
    await p.close();
  });

  it('fetches the filter counts on a phone only once the filters are opened', async () => {
    const p = await browser.newPage({ viewport: { width: 360, height: 740 } });
    const filterFiles: string[] = [];
    p.on('request', (r) => {
      if (r.url().includes('/pagefind/vi/') && r.url().endsWith('/facets.bin')) filterFiles.push(r.url());
    });
    await openSearch(p, 'q=rung');
    expect((await resultIds(p)).length).toBeGreaterThan(0);
    expect(filterFiles).toEqual([]);
    await p.getByText('Bộ lọc và sắp xếp').click();
    await p.getByRole('group', { name: 'Loại nội dung' }).waitFor();
    expect(filterFiles.length).toBeGreaterThan(0);
    expect(await facetCount(p, 'Loại nội dung', 'Mô hình')).toBeGreaterThan(0);
    await p.close();
  });

  it('fits a 360 px screen without sideways scrolling', async () => {
    const p = await browser.newPage({ viewport: { width: 360, height: 740 } });
    await openSearch(p, 'q=tu+quan');
    const width = await p.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);
    await p.close();
  });
});
