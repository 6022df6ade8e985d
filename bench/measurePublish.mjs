/**
 * Publish-to-live: from a content commit (one line of one article edited) to a deployable
 * `dist/`, the way CI sees it: a clean checkout (the code and content copied to a new folder,
 * no dist/, no caches), Astro's caches restored from the previous build's `node_modules/.astro`
 * the way the deploy workflow's actions/cache step does it (a tar archive compressed with zstd,
 * extracted), then `npm run build`'s command. Timed from the start of the cache restore to the
 * end of the build; making the archive (the previous build's cache save) and npm ci are not
 * counted (CI restores npm from its own cache, and it does not grow with the archive).
 */
import { execFileSync } from 'node:child_process';
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { prepareSite } from './projects.mjs';

/** GNU tar with zstd, as actions/cache uses when zstd is installed; plain tar otherwise. */
const ZSTD = (() => {
  try {
    execFileSync('zstd', ['--version'], { stdio: 'ignore' });
    return ['--zstd'];
  } catch {
    return [];
  }
})();

/** The cache as the previous build's cache step saved it. */
function saveCacheArchive(cacheDir, archive) {
  execFileSync('tar', [...ZSTD, '-cf', archive, '-C', cacheDir, '.']);
}

/** Extracted into a fresh checkout, as actions/cache restores it. */
async function restoreCacheArchive(archive, cacheDir) {
  await mkdir(cacheDir, { recursive: true });
  execFileSync('tar', [...ZSTD, '-xf', archive, '-C', cacheDir]);
}

/** Files in Astro's image cache (content-addressed: a new file is a newly encoded image). */
export const cacheFiles = async (site) => new Set(await readdir(join(site, 'node_modules', '.astro', 'assets')).catch(() => []));
export const newCount = (before, after) => [...after].filter((f) => !before.has(f)).length;
/** Images Astro encoded in a build (cached ones are logged as reused). */
/** Share images the build drew, the time it spent drawing them and how many it took from the cache (src/integrations/shareImages.ts logs them). */
export function shareImagesInLog(log) {
  const m = log.map((l) => /Drew (\d+) share images in (\d+) ms \((\d+) from the cache\)/.exec(l)).find(Boolean);
  return m ? { drawn: Number(m[1]), drawMs: Number(m[2]), reused: Number(m[3]) } : undefined;
}

export const encodedInLog = (log) => log.filter((l) => / ▶ \/_astro\//.test(l) && !/reused cache entry/.test(l)).length;

/** Edits one line of the article's body, as an editor's publish does; returns the new text. */
async function editOneLine(file) {
  const text = await readFile(file, 'utf8');
  const bodyStart = text.indexOf('\n---\n', 4) + 5;
  const lines = text.slice(bodyStart).split('\n');
  const at = lines.findIndex((l) => l.trim().length > 40);
  const marker = 'Nội dung được biên tập viên sửa lại trước khi đăng.';
  lines[at] = `${lines[at]} ${marker}`;
  await writeFile(file, text.slice(0, bodyStart) + lines.join('\n'));
  return marker;
}

/**
 * `site` has been built (its node_modules/.astro holds the caches); `article` is the id of the
 * article to edit; `build(label, cwd)` measures a build (measureBuild.mjs).
 */
export async function measurePublish({ site, article, checkout, build }) {
  const entryFile = join(site, 'content', 'articles', article, 'index.md');
  const marker = await editOneLine(entryFile);

  await rm(checkout, { recursive: true, force: true });
  // The code that built the caches, as a CI checkout of the same commit has it (not this
  // project's code of the moment, which may have moved on during a long run).
  await prepareSite(checkout, site);
  await cp(join(site, 'content'), join(checkout, 'content'), { recursive: true });

  const archive = `${checkout}.cache.tar`;
  saveCacheArchive(join(site, 'node_modules', '.astro'), archive);

  const started = performance.now();
  await restoreCacheArchive(archive, join(checkout, 'node_modules', '.astro'));
  const restoreMs = performance.now() - started;
  const before = await cacheFiles(checkout);
  const result = await build('publish-to-live', checkout);
  const wallMs = performance.now() - started;

  // Deployable: the edit is on its page.
  const page = await readFile(join(checkout, 'dist', 'bai-viet', article, 'index.html'), 'utf8');
  if (!page.includes(marker)) throw new Error(`publish-to-live: the edited line is not on /bai-viet/${article}/`);
  const publish = {
    wallMs,
    restoreMs,
    buildMs: result.wallMs,
    peakTreeRssBytes: result.peakTreeRssBytes,
    maxRssBytes: result.maxRssBytes,
    biggestProcesses: result.biggestProcesses,
    phases: result.phases,
    imagesEncoded: encodedInLog(result.log),
    newCacheFiles: newCount(before, await cacheFiles(checkout)),
    log: result.log,
  };
  await rm(checkout, { recursive: true, force: true });
  await rm(archive, { force: true });
  return publish;
}
