/**
 * `npm run bench -- --entries 100,1000,10000`: for each size, generates a synthetic site in a
 * temporary folder, builds it cold and warm, measures output, search and page weight, builds the
 * same Markdown with a bare Astro project, prints a table, writes JSON, and removes the folder.
 * Options: see bench/README.md or `--help`.
 */
import './resolveTs.mjs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateContent, makePhoto, PROPORTIONS } from './generate.mjs';
import { measureBuild } from './measureBuild.mjs';
import { cacheFiles, encodedInLog, measurePublish, newCount, shareImagesInLog } from './measurePublish.mjs';
import { heaviestPage, outputStats, pageWeight } from './measureOutput.mjs';
import { measureSearch } from './measureSearch.mjs';
import { prepareBare, prepareSite, PROJECT_ROOT } from './projects.mjs';
import { checkTargets, markdownReport } from './report.mjs';

const HELP = `npm run bench -- [options]
  --entries 100,1000     sizes to build (articles + model profiles), comma-separated
  --photo-share 0.1      share of entries with a cover photo (2000×1333 JPEG, ~350 kB)
  --no-lighthouse        skip the Lighthouse runs
  --no-baseline          skip the bare-Astro baseline build
  --json FILE            where to write the results (default bench/results/bench-<time>.json)
  --markdown FILE        also write the report as Markdown (e.g. docs/performance.md)
  --publish-only         cold build, then publish-to-live only (no search, Lighthouse, warm rebuilds, baseline)
  --keep                 keep the temporary folders and built sites (their path is printed)
  --site DIR             reuse a site kept by --keep (its content and caches; the code is refreshed)
                         instead of generating one: its first build only completes the caches
  --seed N               seed of the synthetic content (default 1)`;

const { values: opts } = parseArgs({
  options: {
    entries: { type: 'string', default: '100,1000' },
    'photo-share': { type: 'string', default: '0.1' },
    'no-lighthouse': { type: 'boolean', default: false },
    'no-baseline': { type: 'boolean', default: false },
    json: { type: 'string' },
    markdown: { type: 'string' },
    'publish-only': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    site: { type: 'string' },
    seed: { type: 'string', default: '1' },
    help: { type: 'boolean', default: false },
  },
});
if (opts.help) {
  console.log(HELP);
  process.exit(0);
}
const sizes = opts.entries
  .split(',')
  .map((s) => Number(s.trim()))
  .filter((n) => n > 0);
const photoShare = Number(opts['photo-share']);
const publishOnly = opts['publish-only'];
const seed = Number(opts.seed);

const t0 = performance.now();
const clock = () => `[${((performance.now() - t0) / 1000).toFixed(0).padStart(5)} s]`;
const say = (msg) => console.log(`${clock()} ${msg}`);
const mb = (b) => (b / 1048576).toFixed(0);
const progress =
  (label) =>
  ({ seconds, pages, rss, line }) => {
    const what =
      pages > 0
        ? `${pages} pages`
        : line
            .replace(/^\d\d:\d\d:\d\d\s*/, '')
            .trim()
            .slice(0, 60);
    process.stdout.write(`\r${clock()}   ${label}: ${seconds.toFixed(0)} s, peak ${mb(rss)} MB, ${what}`.padEnd(110).slice(0, 110));
  };
const endProgress = () => process.stdout.write('\r'.padEnd(111) + '\r');

async function buildStep(label, cwd, env) {
  try {
    return await measureBuild(cwd, { onProgress: progress(label), env });
  } finally {
    endProgress();
  }
}

async function freePort() {
  const { createServer } = await import('node:net');
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** Search, Lighthouse, warm rebuilds and the bare baseline (skipped by --publish-only). */
async function searchAndRebuilds(result, { site, dist, port, env, gen, heaviest, entries, tmpRoot }) {
  // After resolveTs.mjs is registered (static imports would resolve before it).
  const { serveStatic } = await import('../tests/support/staticServer.ts');
  // Cached for a year, as a production host serves the hashed assets.
  const server = await serveStatic(dist, { port, maxAge: 31536000 });
  try {
    say('  search in Chromium');
    result.search = await measureSearch(server.url, dist);
    if (!opts['no-lighthouse']) {
      say('  Lighthouse (mobile)');
      const { measureLighthouse } = await import('./measureLighthouse.mjs');
      const model = `/mo-hinh/${gen.models.find((id) => gen.photoDirs.has(`models/${id}`)) ?? gen.models[0]}/`;
      result.lighthouse = await measureLighthouse({
        home: `${server.url}/`,
        article: `${server.url}${heaviest}`,
        profile: `${server.url}${model}`,
        search: `${server.url}/tim-kiem/?q=${encodeURIComponent('bảo vệ rừng')}`,
      });
    }
  } finally {
    await server.close();
  }

  // Warm rebuild 1: one article's text changes; content store and image cache are kept.
  const edited = join(site, 'content', 'articles', gen.articles[0], 'index.md');
  await writeFile(edited, (await readFile(edited, 'utf8')).trimEnd() + '\n\nBài viết được cập nhật thêm thông tin mới.\n');
  let before = await cacheFiles(site);
  say('  warm rebuild after editing one article');
  result.warmText = await buildStep('warm (text edit)', site, env);
  result.warmText.newCacheFiles = newCount(before, await cacheFiles(site));
  result.warmText.imagesEncoded = encodedInLog(result.warmText.log);
  result.warmText.shareImages = shareImagesInLog(result.warmText.log);

  // Warm rebuild 2: a new photo is added to an article that had none.
  const target = gen.articles.find((id) => !gen.photoDirs.has(`articles/${id}`)) ?? gen.articles[1];
  const entryFile = join(site, 'content', 'articles', target, 'index.md');
  await makePhoto(join(dirname(entryFile), 'anh-moi.jpg'), PROPORTIONS.photoWidth, PROPORTIONS.photoHeight, 999_999);
  const text = await readFile(entryFile, 'utf8');
  await writeFile(entryFile, text.replace(/^---\n/, '---\ncover:\n  src: ./anh-moi.jpg\n  alt: "Ảnh mới thêm"\n'));
  before = await cacheFiles(site);
  say('  warm rebuild after adding one photo');
  result.warmPhoto = await buildStep('warm (new photo)', site, env);
  result.warmPhoto.newCacheFiles = newCount(before, await cacheFiles(site));
  result.warmPhoto.imagesEncoded = encodedInLog(result.warmPhoto.log);

  if (!opts['no-baseline']) {
    const bare = join(tmpRoot, `bare-${entries}`);
    await prepareBare(bare, join(site, 'content'));
    say('  bare Astro baseline (same Markdown, no images, no search)');
    result.baseline = await buildStep('bare Astro', bare);
    result.baseline.output = await outputStats(join(bare, 'dist'));
    await rm(bare, { recursive: true, force: true });
  }
}

/** The entries of a site kept by an earlier run (--site), in the shape generateContent returns. */
async function keptContent(site) {
  const ids = async (collection) =>
    (await readdir(join(site, 'content', collection), { withFileTypes: true }))
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
  const [articles, models] = [await ids('articles'), await ids('models')];
  const photoDirs = new Set();
  for (const [collection, list] of [
    ['articles', articles],
    ['models', models],
  ])
    for (const id of list) if ((await readdir(join(site, 'content', collection, id))).some((f) => f.endsWith('.jpg'))) photoDirs.add(`${collection}/${id}`);
  return { articles, models, photoDirs, photos: photoDirs.size, localities: undefined };
}

async function runSize(entries, tmpRoot) {
  const result = { entries, photoShare };
  const site = opts.site ?? join(tmpRoot, `site-${entries}`);
  let gen;
  if (opts.site) {
    say(`reusing ${site}: its content and caches, this project's code`);
    // The old code goes first, so a file since removed from the project is not built.
    for (const name of await readdir(site)) if (!['content', 'node_modules', 'dist'].includes(name)) await rm(join(site, name), { recursive: true });
    await prepareSite(site);
    gen = await keptContent(site);
    result.entries = gen.articles.length + gen.models.length;
    result.reusedCaches = true;
  } else {
    say(`${entries} entries: generating content in ${site}`);
    await prepareSite(site);
    gen = await generateContent(site, {
      entries,
      photoShare,
      seed,
      onProgress: (n, total) => process.stdout.write(`\r${clock()}   wrote ${n}/${total} entries`),
    });
    endProgress();
  }
  result.content = { articles: gen.articles.length, models: gen.models.length, localities: gen.localities, photos: gen.photos };
  say(`  ${gen.articles.length} articles, ${gen.models.length} model profiles, ${gen.localities ?? 'kept'} localities, ${gen.photos} photos`);

  // The site is built for the address it is served from, so canonical URLs are the pages' own.
  const port = await freePort();
  const env = { SITE_URL: `http://127.0.0.1:${port}/` };

  say(opts.site ? '  first build (completes the caches an earlier run left)' : '  cold build (empty caches)');
  result.cold = await buildStep(opts.site ? 'first build' : 'cold build', site, env);
  result.cold.imagesEncoded = encodedInLog(result.cold.log);
  result.cold.shareImages = shareImagesInLog(result.cold.log);
  say(`  cold build: ${(result.cold.wallMs / 1000).toFixed(1)} s, peak ${mb(result.cold.peakTreeRssBytes)} MB, ${result.cold.imagesEncoded} images encoded`);

  const dist = join(site, 'dist');
  result.output = await outputStats(dist);
  const heaviest = await heaviestPage(dist, 'bai-viet');
  result.pages = { heaviestArticle: await pageWeight(dist, heaviest), home: await pageWeight(dist, '/') };
  if (!publishOnly) await searchAndRebuilds(result, { site, dist, port, env, gen, heaviest, entries, tmpRoot });

  // Publish-to-live: one line of another article edited, built in a clean checkout with the caches restored.
  say('  publish-to-live (clean checkout, caches restored, one line edited)');
  result.publish = await measurePublish({
    site,
    article: gen.articles[2] ?? gen.articles[0],
    checkout: join(tmpRoot, `checkout-${entries}`),
    build: (label, cwd) => buildStep(label, cwd, env),
  });
  say(
    `  publish-to-live: ${(result.publish.wallMs / 1000).toFixed(1)} s (cache restore ${(result.publish.restoreMs / 1000).toFixed(1)} s), ` +
      `peak ${mb(result.publish.peakTreeRssBytes)} MB, ${result.publish.imagesEncoded} images encoded, ${result.publish.newCacheFiles} new cache files`,
  );
  if (!opts.keep) await rm(site, { recursive: true, force: true }).catch(() => {});
  return result;
}

const tmpRoot = await mkdtemp(join(tmpdir(), 'tdbv-bench-'));
const cleanUp = () => (opts.keep ? say(`kept ${tmpRoot}`) : rm(tmpRoot, { recursive: true, force: true }));
process.on('SIGINT', async () => {
  await cleanUp();
  process.exit(130);
});

const machine = {
  cpus: `${cpus().length} × ${cpus()[0]?.model ?? '?'}`,
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  node: process.version,
  astro: JSON.parse(await readFile(join(PROJECT_ROOT, 'node_modules', 'astro', 'package.json'), 'utf8')).version,
  pagefind: JSON.parse(await readFile(join(PROJECT_ROOT, 'node_modules', 'pagefind', 'package.json'), 'utf8')).version,
  loadAverageAtStart: (await readFile('/proc/loadavg', 'utf8')).split(' ').slice(0, 3).join(' '),
};
const runs = [];
try {
  say(
    opts.site
      ? `benchmark: the site kept in ${opts.site}, temp folder ${tmpRoot}`
      : `benchmark: ${sizes.join(', ')} entries, ${photoShare * 100} % with photos, temp folder ${tmpRoot}`,
  );
  for (const n of opts.site ? [0] : sizes) runs.push(await runSize(n, tmpRoot));
} finally {
  await cleanUp();
}
machine.loadAverageAtEnd = (await readFile('/proc/loadavg', 'utf8')).split(' ').slice(0, 3).join(' ');

const report = { date: new Date().toISOString(), machine, runs, targets: checkTargets(runs) };
const md = markdownReport(report);
console.log('\n' + md);
const jsonFile = opts.json ?? join(PROJECT_ROOT, 'bench', 'results', `bench-${report.date.replace(/[:.]/g, '-')}.json`);
await mkdir(dirname(jsonFile), { recursive: true });
// Logs are long; the JSON keeps only their last lines.
for (const r of runs) for (const k of ['cold', 'warmText', 'warmPhoto', 'baseline', 'publish']) if (r[k]) r[k].log = r[k].log.slice(-15);
await writeFile(jsonFile, JSON.stringify(report, null, 2));
say(`results written to ${jsonFile}`);
if (opts.markdown) {
  await writeFile(opts.markdown, md);
  say(`report written to ${opts.markdown}`);
}
