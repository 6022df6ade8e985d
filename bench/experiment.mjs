/**
 * One cold build of a synthetic site with proposed changes applied to the temp copy only, to
 * measure a fix before it is made in src/ (see docs/performance.md):
 *   npx node bench/experiment.mjs /tmp/exp 1000 0.1 webp,noadmin
 * Tweaks (comma-separated): noadmin (no /admin/ page, so no Decap in the Vite build),
 * nobody (glob loaders with retainBody: false), nopagefind (no index), webp (WebP-only
 * covers), avif2 (AVIF at sharp effort 2), heapN (V8 old space capped at N MB); anything
 * else builds the site unchanged. eager: Markdown rendered at content sync (no deferRender).
 */
import { generateContent } from './generate.mjs';
import { prepareSite } from './projects.mjs';
import { measureBuild } from './measureBuild.mjs';
import { rm, readFile, writeFile } from 'node:fs/promises';
const [, , root, n, share, tweak] = process.argv;
await rm(root, { recursive: true, force: true });
await prepareSite(root);
await generateContent(root, { entries: Number(n), photoShare: Number(share) });
if (tweak?.includes('noadmin')) await rm(root + '/src/pages/admin', { recursive: true });
if (tweak?.includes('webp')) {
  const f = root + '/src/components/CoverImage.astro';
  await writeFile(f, (await readFile(f, 'utf8')).replace("formats={['avif', 'webp']}", "formats={['webp']}"));
}
if (tweak?.includes('nobody')) {
  const f = root + '/src/content.config.ts';
  await writeFile(
    f,
    (await readFile(f, 'utf8'))
      .replaceAll("base: './content/articles', generateId", "base: './content/articles', generateId, retainBody: false")
      .replaceAll("base: './content/models', generateId", "base: './content/models', generateId, retainBody: false"),
  );
}
if (tweak?.includes('eager')) {
  const f = root + '/src/content.config.ts';
  await writeFile(f, (await readFile(f, 'utf8')).replace(', deferRender: true', ''));
}
if (tweak?.includes('nopagefind')) {
  const f = root + '/astro.config.mjs';
  await writeFile(f, (await readFile(f, 'utf8')).replace(/\bpagefind\(\),\s*/, ''));
}
if (tweak?.includes('avif2')) {
  const f = root + '/astro.config.mjs';
  await writeFile(
    f,
    (await readFile(f, 'utf8')).replace(
      "build: { format: 'directory' },",
      "build: { format: 'directory' },\n  image: { service: { entrypoint: 'astro/assets/services/sharp', config: { avif: { effort: 2 } } } },",
    ),
  );
}
// heapN: cap V8's old space at N MB (NODE_OPTIONS=--max-old-space-size=N) for the build.
const heap = /heap(\d+)/.exec(tweak ?? '')?.[1];
const r = await measureBuild(root, { env: heap ? { NODE_OPTIONS: `--max-old-space-size=${heap}` } : {} });
console.log(tweak, n, share, 'wall', (r.wallMs / 1000).toFixed(1), 'cpu', r.cpuSeconds, 'peak', (r.peakTreeRssBytes / 1048576).toFixed(0));
for (const p of r.phases) console.log('  ', p.name, (p.ms / 1000).toFixed(1), (p.peakRssBytes / 1048576).toFixed(0));
await writeFile(root + '.log', r.log.join('\n'));
await rm(root, { recursive: true, force: true });
