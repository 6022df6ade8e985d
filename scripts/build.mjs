/**
 * `npm run build` (arguments go to `astro build`, e.g. `npm run build -- --outDir out`): builds
 * the site, then its search index once Astro's process has exited, so that the two never hold
 * their memory at the same time (at 10,000 entries Astro peaks at ~3 GB and Pagefind's indexer
 * at ~3 GB; inside Astro's build hook they added up to 5.9 GB). The search integration hands
 * over what to index through the file named by SEARCH_INDEX_JOB (src/lib/search/searchIndexJob.ts).
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import { parseSearchIndexJob, SEARCH_INDEX_JOB_ENV } from '../src/lib/search/searchIndexJob.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** Runs `astro build` with the same Node; resolves with its exit code. */
function astroBuild(args, env) {
  const astro = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const child = spawn(process.execPath, [astro, 'build', ...args], { stdio: 'inherit', env });
  return new Promise((resolve) => child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0))));
}

/** The integration's TypeScript, loaded through Vite as the build loads it (with the ~/ alias). */
async function load(path) {
  const config = { logLevel: 'silent', resolve: { alias: [{ find: /^~\//, replacement: join(ROOT, 'src') + '/' }] } };
  return (await runnerImport(join(ROOT, path), config)).module;
}

/** Astro's log line format, so the search step reads like the rest of the build. */
function consoleLogger(label) {
  const time = () => new Date().toTimeString().slice(0, 8);
  const line = (write) => (message) => write(`${time()} [${label}] ${message}`);
  return {
    label,
    options: { level: 'info' },
    info: line(console.log),
    warn: line(console.warn),
    error: line(console.error),
    debug: () => {},
    fork: (name) => consoleLogger(name),
  };
}

async function indexSearch(jobFile) {
  const job = parseSearchIndexJob(await readFile(jobFile, 'utf8').catch(() => undefined));
  const { buildSearchIndex } = await load('src/integrations/searchIndex.ts');
  const logger = consoleLogger('tdbv:search-index');
  logger.info('Astro đã thoát; tạo chỉ mục tìm kiếm…');
  await buildSearchIndex(job.root, job.outDir, logger);
}

const jobDir = await mkdtemp(join(tmpdir(), 'tdbv-search-job-'));
const jobFile = join(jobDir, 'job.json');
try {
  const code = await astroBuild(process.argv.slice(2), { ...process.env, [SEARCH_INDEX_JOB_ENV]: jobFile });
  // Astro has printed why it stopped.
  if (code !== 0) process.exitCode = code;
  else await indexSearch(jobFile);
} catch (error) {
  console.error(`Chưa tạo được chỉ mục tìm kiếm: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await rm(jobDir, { recursive: true, force: true });
}
