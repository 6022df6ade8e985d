/**
 * `node bench/searchWeight.mjs [entries=1000] [--keep] [--site DIR]` (through npm's Node 24:
 * `npm exec -- node bench/searchWeight.mjs 1000`): what a reader's searches download, this
 * site's search page against plain Pagefind on the same content.
 *
 * Generates the synthetic site (generate.mjs, seed 1, no photos), builds it once (or, with
 * `--site`, takes a site already generated and built there), then indexes the same built
 * pages with plain Pagefind (no hidden fields, nothing stripped) into `/pagefind/plain/`, opened with the page's CSP set aside (Pagefind runs WebAssembly, which the site's search page does not allow).
 * In Chromium, on fresh pages each:
 *   - this site: the first and second query of measureSearch.mjs, a query with `d`, an
 *     accented place name (its result count beside the pages that write the phrase);
 *   - plain Pagefind, as the search page used it before: `filters()`, one `search()`, the ten
 *     first results' `data()`, for the same queries.
 * Each /pagefind*​/ file counts at its gzip size (or its own, when already compressed); the
 * search page's index lives in /pagefind/vi/ (searchIndexFiles.ts).
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import * as pagefind from 'pagefind';
import { generateContent } from './generate.mjs';
import { measureBuild } from './measureBuild.mjs';
import { gz } from './measureOutput.mjs';
import { CHROMIUM, CHROMIUM_FLAGS, QUERIES } from './measureSearch.mjs';
import { prepareSite } from './projects.mjs';
import { serveStatic } from '../tests/support/staticServer.ts';
import { wordsOf } from '../src/lib/search/exactTokens.ts';
import { indexedText } from '../src/lib/search/indexedText.ts';

const entries = Number(process.argv[2] ?? 1000);
const keep = process.argv.includes('--keep');
const siteArg = process.argv.indexOf('--site');
const builtSite = siteArg > 0 ? process.argv[siteArg + 1] : undefined;
/** A query with a d typed for đ (a district of generate.mjs), and the same with its marks. */
const D_QUERIES = ['dong van', 'Đồng Văn'];
/** A place name of the synthetic localities (generate.mjs), typed with its marks. */
const PLACE = 'Tân Thành';

async function htmlFiles(dir) {
  const all = await readdir(dir, { recursive: true, withFileTypes: true });
  return all.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

/** Indexed pages whose text writes `phrase` with its marks (any case), and those holding each of its words so. */
async function pagesWriting(dist, phrase) {
  const wanted = wordsOf(phrase.toLowerCase());
  const counts = { phrase: 0, words: 0 };
  for (const file of await htmlFiles(dist)) {
    const html = await readFile(file, 'utf8');
    if (!html.includes('data-pagefind-body')) continue;
    const text = indexedText(html).toLowerCase();
    const words = new Set(wordsOf(text));
    if (wanted.every((w) => words.has(w))) counts.words += 1;
    if (` ${wordsOf(text).join(' ')} `.includes(` ${wanted.join(' ')} `)) counts.phrase += 1;
  }
  return counts;
}

/** What a file of the search page's index is (searchIndexFiles.ts), for the breakdown. */
function kindOf(path) {
  if (!path.startsWith('/pagefind/vi/')) return 'other';
  if (path.endsWith('/facets.bin')) return 'facets';
  return /\/s\/\d+\.bin$/.test(path) ? 'shards' : 'pages';
}

async function bytesOf(dist, urls) {
  let gzip = 0;
  const by = {};
  for (const url of urls) {
    const path = decodeURIComponent(new URL(url).pathname);
    const buf = await readFile(join(dist, path));
    const size = Math.min(buf.length, gz(buf));
    gzip += size;
    by[kindOf(path)] = (by[kindOf(path)] ?? 0) + size;
  }
  return { requests: urls.length, gzip, by };
}

/** Opens the search page and records the requests under `prefix` while `run` goes. */
async function recording(browser, base, prefix, run, pageOptions = {}) {
  const page = await browser.newPage(pageOptions);
  page.setDefaultTimeout(180_000); // a loaded machine: Chromium and the server are slow, bytes are not
  const urls = [];
  page.on('requestfinished', (r) => {
    if (new URL(r.url()).pathname.startsWith(prefix)) urls.push(r.url());
  });
  try {
    return await run(page, urls);
  } finally {
    await page.close();
  }
}

/** The search page on a wide screen (filters shown, so counted), or on a phone (`phone`: filters folded). */
async function sitePage(browser, base, dist, queries, phone = false) {
  return recording(
    browser,
    base,
    '/pagefind/',
    async (page, urls) => {
      await page.goto(`${base}/tim-kiem/`);
      await page.waitForSelector('[data-search-panels]:not([hidden])');
      const out = [];
      let previous = await page.locator('[data-search-status]').textContent();
      for (const [i, q] of queries.entries()) {
        const before = i === 0 ? 0 : urls.length; // the first query counts what the page loaded for it
        await page.locator('#search-q').fill(q);
        await page.waitForFunction(
          (prev) => {
            const s = document.querySelector('[data-search-status]')?.textContent ?? '';
            return !document.querySelector('[data-search-results]')?.hasAttribute('aria-busy') && s.trim() && s !== prev && !/Nhập từ khóa/.test(s);
          },
          previous,
          { timeout: 120_000 },
        );
        await page.waitForLoadState('networkidle');
        previous = await page.locator('[data-search-status]').textContent();
        out.push({ q, status: previous.trim(), ...(await bytesOf(dist, urls.slice(before))) });
      }
      return out;
    },
    phone ? { viewport: { width: 360, height: 740 } } : {},
  );
}

/** Plain use of the plain index: `filters()`, then per query one `search()` and its ten first results' `data()`. */
async function plainPage(browser, base, dist, queries, prefix = '/pagefind/plain/') {
  // Plain Pagefind runs WebAssembly, which the site's search page does not allow: its CSP is set aside here.
  return recording(
    browser,
    base,
    prefix,
    async (page, urls) => {
      await page.goto(`${base}/tim-kiem/`);
      await page.waitForLoadState('networkidle');
      const out = [];
      for (const [i, q] of queries.entries()) {
        const before = urls.length;
        const count = await page.evaluate(
          async ({ q, first, prefix }) => {
            const api = await import(`${prefix}pagefind.js`);
            if (first) {
              await api.options({ excerptLength: 24, ranking: { termSimilarity: 3 } });
              await api.filters();
            }
            const r = await api.search(q);
            await Promise.all(r.results.slice(0, 10).map((x) => x.data()));
            return r.results.length;
          },
          { q, first: i === 0, prefix },
        );
        await page.waitForLoadState('networkidle');
        out.push({ q, results: count, ...(await bytesOf(dist, urls.slice(before))) });
      }
      return out;
    },
    { bypassCSP: true },
  );
}

/** Each query on a fresh page of its own, one after the other. */
async function eachAlone(queries, run) {
  const out = [];
  for (const q of queries) out.push((await run(q))[0]);
  return out;
}

const root = await mkdtemp(join(tmpdir(), 'search-weight-'));
try {
  const site = builtSite ?? join(root, 'site');
  if (!builtSite) {
    await prepareSite(site);
    await generateContent(site, { entries, photoShare: 0, seed: 1 });
    console.error(`generated ${entries} entries in ${site}; building…`);
    const build = await measureBuild(site, { env: { SITE_URL: 'https://example.com' } });
    console.error(`built in ${(build.wallMs / 1000).toFixed(0)} s`);
  }
  const dist = join(site, 'dist');

  const { index } = await pagefind.createIndex({ forceLanguage: 'vi' });
  await index.addDirectory({ path: dist, glob: '**/*.html' });
  await index.writeFiles({ outputPath: join(dist, 'pagefind', 'plain') });
  await pagefind.close();

  const server = await serveStatic(dist);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  try {
    const result = {
      entries,
      pagesWithPlace: await pagesWriting(dist, PLACE),
      site: {
        sequence: await sitePage(browser, server.url, dist, QUERIES),
        phone: await sitePage(browser, server.url, dist, QUERIES, true),
        d: await eachAlone(D_QUERIES, (q) => sitePage(browser, server.url, dist, [q])),
        place: (await sitePage(browser, server.url, dist, [PLACE]))[0],
      },
      plain: {
        sequence: await plainPage(browser, server.url, dist, QUERIES),
        d: await eachAlone(D_QUERIES, (q) => plainPage(browser, server.url, dist, [q])),
        place: (await plainPage(browser, server.url, dist, [PLACE]))[0],
      },
    };
    console.log(JSON.stringify(result, null, 2));
  } finally {
    await browser.close();
    await server.close();
  }
} finally {
  if (!keep) await rm(root, { recursive: true, force: true });
}
