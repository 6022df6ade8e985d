/**
 * Builds the search index after `astro build`, into `<outDir>/pagefind/` (build output, never
 * committed or copied into public/). Only pages with a `data-pagefind-body` region (articles
 * and models) are indexed.
 *
 * The search page reads our own index for Vietnamese (searchIndexFiles.ts), written to
 * `pagefind/vi/<hash>/`: folded and marked syllables and syllable pairs without positions,
 * sharded by hash, one small file per page for result cards, one for facets; its manifest
 * (and the site's facet counts) goes into the search page itself. The words are also
 * written for reading Telex/VNI leftovers (lexicon.ts).
 *
 * Pagefind still indexes the pages (with hidden metadata: withHiddenSearchMeta.ts,
 * escapeTextForPagefind.ts, markDForIndex.ts, stripHiddenMeta.ts) into `pagefind/`, as
 * before; the search page no longer fetches it.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { parseAliases } from '../lib/search/aliases';
import { escapeTextForPagefind } from '../lib/search/escapeTextForPagefind';
import { urlForHtmlFile } from '../lib/search/urlForHtmlFile';
import { LEXICON_FILE, lexiconWords } from '../lib/search/lexicon';
import { markDForIndex, restoreD } from '../lib/search/markDForIndex';
import { pageRecord, type PageRecord } from '../lib/search/pageRecord';
import { SEARCH_INDEX_ATTRIBUTE, SEARCH_INDEX_FOLDER } from '../lib/search/searchIndexClient';
import { newestFirst, searchIndexFiles, type SearchManifest } from '../lib/search/searchIndexFiles';
import { stripHiddenMeta } from '../lib/search/stripHiddenMeta';
import { HIDDEN_META_KEYS, searchableCopy } from '../lib/search/withHiddenSearchMeta';

const BODY_ATTRIBUTE = 'data-pagefind-body';
const ALIASES_FILE = 'src/data/searchAliases.yml';
/** The built search page, which gets the index's manifest. */
const SEARCH_PAGE = join('tim-kiem', 'index.html');

/** The reviewed alias table; a mistake in it stops the build with the file, entry and field named. */
async function readAliases(root: string) {
  const { aliases, errors } = parseAliases(await readFile(join(root, ALIASES_FILE), 'utf8'), ALIASES_FILE);
  if (errors.length > 0) throw new Error(`Bảng tên viết tắt cho tìm kiếm có lỗi:\n${errors.join('\n')}`);
  return aliases;
}

function assertOk<T extends { errors: string[] }>(response: T, step: string): T {
  if (response.errors.length > 0) throw new Error(`Pagefind ${step}: ${response.errors.join('; ')}`);
  return response;
}

async function htmlFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name))
    .filter((file) => !relative(root, file).startsWith('pagefind'))
    .sort();
}

/** Removes the hidden, search-only metadata from every result fragment (stripHiddenMeta.ts). */
async function stripFragments(dir: string): Promise<void> {
  for (const name of await readdir(dir)) {
    const file = join(dir, name);
    const bytes = await readFile(file);
    const stripped = stripHiddenMeta(bytes, HIDDEN_META_KEYS, restoreD);
    if (stripped !== bytes) await writeFile(file, stripped);
  }
}

/**
 * Writes the Vietnamese index (searchIndexFiles.ts) gzipped into `pagefind/vi/<hash>/` (a
 * new folder whenever the index changes, so no reader mixes files of two builds) and its
 * manifest into the search page's `data-search-app` element.
 */
async function writeVietnameseIndex(outDir: string, records: PageRecord[]): Promise<number> {
  const ordered = newestFirst(records);
  const { files, shards, totals } = searchIndexFiles(ordered);
  const hash = createHash('sha256');
  for (const [path, bytes] of [...files].sort(([a], [b]) => a.localeCompare(b))) hash.update(path).update(bytes);
  const id = hash.digest('hex').slice(0, 12);
  const root = join(outDir, SEARCH_INDEX_FOLDER);
  await rm(root, { recursive: true, force: true });
  let bytes = 0;
  for (const [path, content] of files) {
    const file = join(root, id, path);
    await mkdir(dirname(file), { recursive: true });
    const gz = gzipSync(content, { level: 9 });
    bytes += gz.length;
    await writeFile(file, gz);
  }
  const manifest: SearchManifest = { base: `/${SEARCH_INDEX_FOLDER}/${id}/`, pages: ordered.length, shards, totals };
  const pageFile = join(outDir, SEARCH_PAGE);
  // A page indexed before (the index rebuilt on the same output) loses its old manifest first.
  const html = (await readFile(pageFile, 'utf8')).replace(new RegExp(` ${SEARCH_INDEX_ATTRIBUTE}="[^"]*"`), '');
  const value = JSON.stringify(manifest).replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  const marked = html.replace(/(<[^>]*\sdata-search-app)(?=[\s>])/, `$1 ${SEARCH_INDEX_ATTRIBUTE}="${value}"`);
  if (marked === html) throw new Error(`Không tìm thấy ô tìm kiếm (data-search-app) trong ${SEARCH_PAGE} để ghi chỉ mục.`);
  await writeFile(pageFile, marked);
  return bytes;
}

export async function buildSearchIndex(root: string, outDir: string, logger: AstroIntegrationLogger): Promise<void> {
  const started = performance.now();
  try {
    const { index } = assertOk(await pagefind.createIndex({ forceLanguage: 'vi' }), 'createIndex');
    if (!index) throw new Error('Pagefind createIndex returned no index');
    const aliases = await readAliases(root);
    const files = await htmlFiles(outDir);
    let pages = 0;
    const words = new Set<string>();
    const records: PageRecord[] = [];
    for (const file of files) {
      const html = await readFile(file, 'utf8');
      if (!html.includes(BODY_ATTRIBUTE)) continue;
      const url = urlForHtmlFile(relative(outDir, file));
      const record = pageRecord(html, url, aliases);
      if (record) records.push(record);
      const copy = searchableCopy(html, aliases);
      for (const word of lexiconWords([copy.searchable])) words.add(word);
      assertOk(await index.addHTMLFile({ url, content: markDForIndex(escapeTextForPagefind(copy.html)) }), `addHTMLFile ${url}`);
      pages += 1;
    }
    const outputPath = join(outDir, 'pagefind');
    assertOk(await index.writeFiles({ outputPath }), 'writeFiles');
    await stripFragments(join(outputPath, 'fragment'));
    // The index's words, for reading queries typed with the input method off (typedLeftovers.ts).
    await writeFile(join(outputPath, LEXICON_FILE), JSON.stringify([...words].sort()));
    const viBytes = await writeVietnameseIndex(outDir, records);
    const ms = Math.round(performance.now() - started);
    logger.info(
      `Indexed ${pages} of ${files.length} HTML pages into ${relative(process.cwd(), outputPath) || outputPath} in ${ms} ms (Vietnamese index ${Math.round(viBytes / 1024)} kB gzip).`,
    );
  } finally {
    await pagefind.close();
  }
}

export default function pagefindIntegration(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'tdbv:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        await buildSearchIndex(root, fileURLToPath(dir), logger);
      },
    },
  };
}
