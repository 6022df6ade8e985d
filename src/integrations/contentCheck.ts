/**
 * Runs the content check before Astro builds: a malformed entry stops the build
 * with every problem listed (file, field, what is wrong), never a half-built site.
 */
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../lib/contentCheck/checkContent';
import { checkPublicFiles } from '../lib/contentCheck/checkPublicFiles';
import { openEntryCheckCache } from '../lib/contentCheck/entryCheckCache';
import { COLLECTIONS } from '../schema/collections';
import { formatProblems } from '../lib/contentCheck/problem';

export function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const root = fileURLToPath(config.root);
        const started = performance.now();
        const cache = await openEntryCheckCache(root);
        const problems = [...(await checkContent(root, COLLECTIONS, cache)), ...(await checkPublicFiles(root))];
        await cache.save();
        const ms = Math.round(performance.now() - started);
        logger.info(`Checked ${cache.hits + cache.misses} entries in ${ms} ms (${cache.hits} unchanged since the last build).`);
        if (problems.length === 0) return;
        const report = formatProblems(problems);
        // In dev the editor keeps working and sees the list; a build must stop.
        if (command === 'dev') logger.warn(report);
        if (command === 'build') {
          const error = new AstroError(report, 'Sửa các lỗi trên trong thư mục content/ (hoặc trong trang quản trị /admin) rồi dựng lại.');
          // The list says all there is to know: a stack trace into this file would only hide it.
          error.stack = '';
          throw error;
        }
      },
    },
  };
}
