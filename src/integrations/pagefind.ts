/**
 * Builds the Pagefind search index after `astro build`, into `<outDir>/pagefind/` (build
 * output, never committed or copied into public/). Only pages with a `data-pagefind-body`
 * region (articles and models) are indexed; each is given its `đ`-words folded to `d` as
 * hidden metadata first, so a query typed without an input method finds it (see
 * src/lib/search/withFoldedMeta.ts and queryVariants.ts for why), and its text escaped so
 * excerpts read like the page (escapeTextForPagefind.ts).
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { escapeTextForPagefind } from '../lib/search/escapeTextForPagefind';
import { urlForHtmlFile } from '../lib/search/urlForHtmlFile';
import { withFoldedMeta } from '../lib/search/withFoldedMeta';

const BODY_ATTRIBUTE = 'data-pagefind-body';

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

export async function buildSearchIndex(outDir: string, logger: AstroIntegrationLogger): Promise<void> {
  const started = performance.now();
  try {
    const { index } = assertOk(await pagefind.createIndex({ forceLanguage: 'vi' }), 'createIndex');
    if (!index) throw new Error('Pagefind createIndex returned no index');
    const files = await htmlFiles(outDir);
    let pages = 0;
    for (const file of files) {
      const html = await readFile(file, 'utf8');
      if (!html.includes(BODY_ATTRIBUTE)) continue;
      const url = urlForHtmlFile(relative(outDir, file));
      assertOk(await index.addHTMLFile({ url, content: escapeTextForPagefind(withFoldedMeta(html)) }), `addHTMLFile ${url}`);
      pages += 1;
    }
    const outputPath = join(outDir, 'pagefind');
    assertOk(await index.writeFiles({ outputPath }), 'writeFiles');
    const ms = Math.round(performance.now() - started);
    logger.info(`Indexed ${pages} of ${files.length} HTML pages into ${relative(process.cwd(), outputPath) || outputPath} in ${ms} ms.`);
  } finally {
    await pagefind.close();
  }
}

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'tdbv:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        await buildSearchIndex(fileURLToPath(dir), logger);
      },
    },
  };
}
