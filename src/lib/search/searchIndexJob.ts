/**
 * The hand-over from Astro's process to `npm run build`'s search step (scripts/build.mjs).
 * Indexing inside Astro's `astro:build:done` hook adds Pagefind's indexer (2.7–3 GB at 10,000
 * entries) to Astro's own memory (~3 GB); so scripts/build.mjs runs `astro build` with
 * SEARCH_INDEX_JOB set to a file, the integration writes there what to index instead of
 * indexing, and the script indexes once Astro's process has exited. A plain `astro build`
 * (no variable) still indexes inside Astro's process.
 */

/** Names the file the integration writes the job to; unset, the integration indexes itself. */
export const SEARCH_INDEX_JOB_ENV = 'SEARCH_INDEX_JOB';

/** What to index: the project (for its alias table) and the folder Astro built. */
export interface SearchIndexJob {
  root: string;
  outDir: string;
}

export function formatSearchIndexJob(job: SearchIndexJob): string {
  return JSON.stringify({ root: job.root, outDir: job.outDir });
}

/**
 * Reads a job written by formatSearchIndexJob; `text` undefined = the file was never written
 * (an integration list without the search integration, or an `astro build` that stopped early).
 */
export function parseSearchIndexJob(text: string | undefined): SearchIndexJob {
  const missing =
    'Astro đã dựng xong nhưng không để lại việc tạo chỉ mục tìm kiếm: kiểm tra rằng astro.config.mjs còn tích hợp searchIndex() (src/integrations/searchIndex.ts).';
  if (text === undefined || text.trim() === '') throw new Error(missing);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Error(`${missing} (tệp việc không đọc được).`);
  }
  const { root, outDir } = (value ?? {}) as Record<string, unknown>;
  if (typeof root !== 'string' || root === '' || typeof outDir !== 'string' || outDir === '') {
    throw new Error(`${missing} (tệp việc thiếu thư mục dự án hoặc thư mục dựng).`);
  }
  return { root, outDir };
}
