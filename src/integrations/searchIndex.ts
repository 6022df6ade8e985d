/**
 * Builds the search index after `astro build`, into `<outDir>/pagefind/` (build output, never
 * committed or copied into public/; the folder keeps the name of the indexer it first held,
 * and the server configs give it the search page's headers). Only pages with a
 * `data-pagefind-body` region (articles and models) are indexed; the markup conventions are
 * Pagefind's (`data-pagefind-body`, `-ignore`, `-filter`, `-meta`, `-sort`), so plain Pagefind
 * can still index the same pages (bench/searchWeight.mjs compares with it).
 *
 * The index is our own, made for Vietnamese (searchIndexFiles.ts): folded and marked
 * syllables and syllable pairs without positions, sharded by hash, one small file per page
 * for result cards, one for facets, in `pagefind/vi/<hash>/`; its manifest (and the site's
 * facet counts) goes into the search page itself. The index's words are also written for
 * reading Telex/VNI leftovers (lexicon.ts).
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { FILES_AT_ONCE, mapConcurrent } from '../lib/mapConcurrent';
import { parseAliases } from '../lib/search/aliases';
import { LEXICON_FILE, lexiconOfTokens } from '../lib/search/lexicon';
import { pageRecord } from '../lib/search/pageRecord';
import { openPageRecordCache, RECORD_CACHE_FILE, recordFingerprint } from '../lib/search/pageRecordCache';
import { SEARCH_INDEX_ATTRIBUTE, SEARCH_INDEX_FOLDER } from '../lib/search/searchIndexClient';
import { newestFirst, searchIndexFiles, type SearchManifest } from '../lib/search/searchIndexFiles';
import type { IndexedPage, TokenTable } from '../lib/search/tokenTable';
import { urlForHtmlFile } from '../lib/search/urlForHtmlFile';
import { formatSearchIndexJob, SEARCH_INDEX_JOB_ENV } from '../lib/search/searchIndexJob';
import { SHARE_IMAGE } from '../lib/shareImage/shareImageUrl';

const BODY_ATTRIBUTE = 'data-pagefind-body';
const ALIASES_FILE = 'src/data/searchAliases.yml';
const OUTPUT_FOLDER = 'pagefind';
/** In libuv's threads, not the main one: 10,000 files at level 9 took seconds of it. */
const gzipInThreads = promisify(gzip);
/** The built search page, which gets the index's manifest. */
const SEARCH_PAGE = join('tim-kiem', 'index.html');

/** The reviewed alias table (and its text); a mistake in it stops the build with the file, entry and field named. */
async function readAliases(root: string) {
  const text = await readFile(join(root, ALIASES_FILE), 'utf8');
  const { aliases, errors } = parseAliases(text, ALIASES_FILE);
  if (errors.length > 0) throw new Error(`Bảng tên viết tắt cho tìm kiếm có lỗi:\n${errors.join('\n')}`);
  return { aliases, text };
}

/** Top-level folders of files, not pages (Astro's assets, share images, this index): not walked. */
const NOT_PAGES = new Set(['_astro', SHARE_IMAGE.dir, OUTPUT_FOLDER]);

async function htmlFiles(root: string): Promise<string[]> {
  const top = await readdir(root, { withFileTypes: true });
  const folders = top.filter((e) => e.isDirectory() && !NOT_PAGES.has(e.name));
  const nested = await Promise.all(folders.map((e) => readdir(join(root, e.name), { recursive: true, withFileTypes: true })));
  return [...top, ...nested.flat()]
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/**
 * Writes the Vietnamese index (searchIndexFiles.ts) gzipped into `pagefind/vi/<hash>/` (a
 * new folder whenever the index changes, so no reader mixes files of two builds) and its
 * manifest into the search page's `data-search-app` element.
 */
async function writeVietnameseIndex(outDir: string, pages: IndexedPage[], table: TokenTable): Promise<{ bytes: number; tokens: string[] }> {
  const ordered = newestFirst(pages);
  const { files, shards, totals, tokens } = searchIndexFiles(ordered, table);
  const hash = createHash('sha256');
  for (const [path, bytes] of [...files].sort(([a], [b]) => a.localeCompare(b))) hash.update(path).update(bytes);
  const id = hash.digest('hex').slice(0, 12);
  const root = join(outDir, SEARCH_INDEX_FOLDER);
  await rm(root, { recursive: true, force: true });
  let bytes = 0;
  for (const folder of new Set([...files.keys()].map((path) => dirname(join(root, id, path))))) await mkdir(folder, { recursive: true });
  await mapConcurrent([...files], FILES_AT_ONCE, async ([path, content]) => {
    const gz = await gzipInThreads(content, { level: 9 });
    bytes += gz.length;
    await writeFile(join(root, id, path), gz);
  });
  const manifest: SearchManifest = { base: `/${SEARCH_INDEX_FOLDER}/${id}/`, pages: ordered.length, shards, totals };
  const pageFile = join(outDir, SEARCH_PAGE);
  // A page indexed before (the index rebuilt on the same output) loses its old manifest first.
  const html = (await readFile(pageFile, 'utf8')).replace(new RegExp(` ${SEARCH_INDEX_ATTRIBUTE}="[^"]*"`), '');
  const value = JSON.stringify(manifest).replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  const marked = html.replace(/(<[^>]*\sdata-search-app)(?=[\s>])/, `$1 ${SEARCH_INDEX_ATTRIBUTE}="${value}"`);
  if (marked === html) throw new Error(`Không tìm thấy ô tìm kiếm (data-search-app) trong ${SEARCH_PAGE} để ghi chỉ mục.`);
  await writeFile(pageFile, marked);
  return { bytes, tokens };
}

export async function buildSearchIndex(root: string, outDir: string, logger: AstroIntegrationLogger): Promise<void> {
  const started = performance.now();
  const { aliases, text } = await readAliases(root);
  const cache = await openPageRecordCache(join(root, RECORD_CACHE_FILE), await recordFingerprint(root, text));
  const files = await htmlFiles(outDir);
  const pages: IndexedPage[] = [];
  // Read a few at a time (reading one after another left the process waiting half the time);
  // a page is decoded and parsed only when the cache does not have it.
  // Pages end up in index order (newestFirst), whatever order they were read in.
  await mapConcurrent(files, FILES_AT_ONCE, async (file) => {
    const html = await readFile(file);
    if (!html.includes(BODY_ATTRIBUTE)) return;
    const url = urlForHtmlFile(relative(outDir, file));
    let page = cache.get(url, html);
    if (page === undefined) {
      const record = pageRecord(html.toString('utf8'), url, aliases);
      page = record ? cache.table.indexedPage(record) : null;
      cache.set(url, html, page);
    }
    if (page) pages.push(page);
  });
  // Saved while the index is written: both are mostly waiting on the disk.
  const saved = cache.save();
  const { bytes, tokens } = await writeVietnameseIndex(outDir, pages, cache.table);
  await saved;
  // The index's words, for reading queries typed with the input method off (typedLeftovers.ts).
  await writeFile(join(outDir, OUTPUT_FOLDER, LEXICON_FILE), JSON.stringify(lexiconOfTokens(tokens)));
  const ms = Math.round(performance.now() - started);
  logger.info(
    `Indexed ${pages.length} of ${files.length} HTML pages into ${OUTPUT_FOLDER}/ (${Math.round(bytes / 1024)} kB gzip) in ${ms} ms ` +
      `(pages read: ${cache.misses}; unchanged since the last build: ${cache.hits}).`,
  );
}

export default function searchIndexIntegration(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'tdbv:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        // `npm run build` (scripts/build.mjs) indexes after Astro's process has exited, so that
        // the indexer and Astro do not hold their memory at the same time.
        const jobFile = process.env[SEARCH_INDEX_JOB_ENV];
        if (jobFile) {
          await writeFile(jobFile, formatSearchIndexJob({ root, outDir }));
          logger.info('Chỉ mục tìm kiếm sẽ được tạo sau khi Astro thoát (scripts/build.mjs).');
          return;
        }
        logger.info('Tạo chỉ mục tìm kiếm ngay trong tiến trình Astro (npm run build tạo nó sau khi Astro thoát, tốn ít bộ nhớ hơn).');
        await buildSearchIndex(root, outDir, logger);
      },
    },
  };
}
