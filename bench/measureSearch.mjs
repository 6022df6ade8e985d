/**
 * What the search page downloads from /pagefind/ in Chromium (playwright-core): up to the
 * first query's results (Pagefind's script, WASM, metadata, filter and index chunks, result
 * fragments), then for a second, different query on the same page.
 *
 * The local server sends files as they are; sizes are counted per file, each compressed alone:
 * `gzip`/`brotli` = that file gzipped (level 9) or brotli-compressed (q 11) when it makes it
 * smaller, else its own size (Pagefind's index, fragments and WASM are gzip files already and
 * a server sends them as they are).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { br, gz } from './measureOutput.mjs';

export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Queries a reader might type: a sector, then a place and a model type, without diacritics. */
export const QUERIES = ['bảo vệ rừng', 'tu quan Tan Thanh'];
/** Each measured alone on a fresh page: a d typed for đ, and a place name with its marks. */
export const ALONE = { d: 'dong van', place: 'Tân Thành' };

async function sizes(dist, urls) {
  const files = [];
  for (const url of urls) {
    const path = decodeURIComponent(new URL(url).pathname);
    const buf = await readFile(join(dist, path));
    files.push({ path, raw: buf.length, gzip: Math.min(buf.length, gz(buf)), brotli: Math.min(buf.length, br(buf)) });
  }
  const total = (k) => files.reduce((n, f) => n + f[k], 0);
  return { requests: files.length, raw: total('raw'), gzip: total('gzip'), brotli: total('brotli'), files };
}

/** Waits until the results for a query are on screen and no /pagefind/ request is still running or new. */
async function settle(page, inflight, lastActivity, previousStatus) {
  await page.waitForFunction(
    (previous) => {
      const list = document.querySelector('[data-search-results]');
      const status = document.querySelector('[data-search-status]')?.textContent ?? '';
      return list && !list.hasAttribute('aria-busy') && status.trim().length > 0 && !/Nhập từ khóa/.test(status) && status !== previous;
    },
    previousStatus,
    { timeout: 120_000 },
  );
  while (inflight.size > 0 || Date.now() - lastActivity() < 800) await page.waitForTimeout(100);
}

/** Opens the search page, types `queries` one after the other; per query what /pagefind/ sent. */
async function typeQueries(browser, baseUrl, dist, queries) {
  const page = await browser.newPage();
  const fetched = [];
  const inflight = new Set();
  let last = Date.now();
  page.on('request', (req) => {
    if (!req.url().includes('/pagefind/')) return;
    inflight.add(req);
    last = Date.now();
  });
  const done = (req) => {
    if (!inflight.delete(req)) return;
    last = Date.now();
    if (req.failure() === null) fetched.push(req.url());
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);

  await page.goto(`${baseUrl}/tim-kiem/`);
  await page.waitForSelector('[data-search-panels]:not([hidden])', { timeout: 60_000 });
  const input = page.locator('#search-q');
  const status = () => page.locator('[data-search-status]').textContent();
  const out = [];
  for (const query of queries) {
    await input.fill(query);
    await settle(page, inflight, () => last, await status());
    const files = fetched.splice(0);
    out.push({ query, results: await page.locator('[data-search-results] > li').count(), status: (await status()).trim(), ...(await sizes(dist, files)) });
  }
  await page.close();
  return out;
}

export async function measureSearch(baseUrl, dist) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  try {
    const [first, second] = await typeQueries(browser, baseUrl, dist, QUERIES);
    const [d] = await typeQueries(browser, baseUrl, dist, [ALONE.d]);
    const [place] = await typeQueries(browser, baseUrl, dist, [ALONE.place]);
    return { first, second, d, place };
  } finally {
    await browser.close();
  }
}
