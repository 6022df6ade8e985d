/**
 * Builds the Pagefind search index after `astro build`, into `<outDir>/pagefind/` (build
 * output, never committed or copied into public/). Only pages with a `data-pagefind-body`
 * region (articles and models) are indexed. Each page's copy for Pagefind gets hidden
 * metadata first: tokens that keep its marks, its `đ`-words folded to `d` and the other forms
 * of its abbreviations from src/data/searchAliases.yml (withHiddenSearchMeta.ts); its text
 * escaped so excerpts read like the page (escapeTextForPagefind.ts); and its `đ` written so
 * Pagefind folds it to `d` (markDForIndex.ts). After writing, the result fragments lose the
 * hidden fields and get their `đ` back (stripHiddenMeta.ts), and the index's words are written
 * for reading Telex/VNI leftovers (lexicon.ts).
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { parseAliases } from '../lib/search/aliases';
import { escapeTextForPagefind } from '../lib/search/escapeTextForPagefind';
import { urlForHtmlFile } from '../lib/search/urlForHtmlFile';
import { LEXICON_FILE, lexiconWords } from '../lib/search/lexicon';
import { markDForIndex, restoreD } from '../lib/search/markDForIndex';
import { stripHiddenMeta } from '../lib/search/stripHiddenMeta';
import { HIDDEN_META_KEYS, searchableCopy } from '../lib/search/withHiddenSearchMeta';
import { formatSearchIndexJob, SEARCH_INDEX_JOB_ENV } from '../lib/search/searchIndexJob';

const BODY_ATTRIBUTE = 'data-pagefind-body';
const ALIASES_FILE = 'src/data/searchAliases.yml';

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

export async function buildSearchIndex(root: string, outDir: string, logger: AstroIntegrationLogger): Promise<void> {
  const started = performance.now();
  try {
    const { index } = assertOk(await pagefind.createIndex({ forceLanguage: 'vi' }), 'createIndex');
    if (!index) throw new Error('Pagefind createIndex returned no index');
    const aliases = await readAliases(root);
    const files = await htmlFiles(outDir);
    let pages = 0;
    const words = new Set<string>();
    for (const file of files) {
      const html = await readFile(file, 'utf8');
      if (!html.includes(BODY_ATTRIBUTE)) continue;
      const url = urlForHtmlFile(relative(outDir, file));
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
    const ms = Math.round(performance.now() - started);
    logger.info(`Indexed ${pages} of ${files.length} HTML pages into ${relative(process.cwd(), outputPath) || outputPath} in ${ms} ms.`);
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
        const outDir = fileURLToPath(dir);
        // `npm run build` (scripts/build.mjs) indexes after Astro's process has exited, so that
        // Pagefind's indexer and Astro do not hold their memory at the same time.
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
