/**
 * Generated share images are drawn once and kept between builds in Astro's cache folder
 * (node_modules/.astro, like optimised photos), named by the hash of what they show.
 * Pages draw what they need while rendering; the build links the ones pages used into dist.
 */
import { access, mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeAtomically } from '../writeLinesAtomically';
import { renderShareImage } from './renderShareImage';
import { shareImageHash, type ShareImageText } from './shareImageUrl';

export const shareImageCacheDir = () => join(process.cwd(), 'node_modules', '.astro', 'share-images');

const cachedFile = (hash: string) => join(shareImageCacheDir(), `${hash}.png`);

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

/**
 * The images the cache held when the build started, listed once: asking the disk for each of
 * ~10,000 pages one after another left rendering waiting seconds in a large build.
 */
let listed: Promise<Set<string>> | undefined;
const cachedAtStart = () =>
  (listed ??= readdir(shareImageCacheDir()).then(
    (files) => new Set(files),
    () => new Set<string>(),
  ));

/** How many images a build drew (and in how long) and took from the cache, for its log and the benchmark. */
export interface ShareImageStats {
  drawn: number;
  reused: number;
  drawMs: number;
  /** The hashes of the images the rendered pages name: the build links these into dist/og/. */
  used: Set<string>;
}

// Kept on globalThis: the pages that draw and the integration that reports run in one process
// but load this module as two copies (the rendered bundle and the config's import).
const STATS = Symbol.for('tdbv.shareImageStats');

export function shareImageStats(): ShareImageStats {
  const store = globalThis as { [STATS]?: ShareImageStats };
  return (store[STATS] ??= { drawn: 0, reused: 0, drawMs: 0, used: new Set() });
}

/** Images being drawn, by hash: pages rendered at the same time with the same title share one drawing. */
const drawing = new Map<string, Promise<void>>();

async function draw(text: ShareImageText, file: string): Promise<void> {
  const stats = shareImageStats();
  const started = performance.now();
  await mkdir(shareImageCacheDir(), { recursive: true });
  const png = await renderShareImage(text, shareImageCacheDir());
  // A build stopped half-way never leaves a broken image in the cache.
  await writeAtomically(file, (partial) => writeFile(partial, png));
  stats.drawn += 1;
  stats.drawMs += performance.now() - started;
}

/** Draws the image unless the cache has it; returns the path of the cached file. */
export async function ensureShareImage(text: ShareImageText): Promise<string> {
  const hash = shareImageHash(text);
  const file = cachedFile(hash);
  const stats = shareImageStats();
  stats.used.add(hash);
  const reuse = async (pending?: Promise<void>) => {
    await pending;
    stats.reused += 1;
    return file;
  };
  if (drawing.has(hash)) return reuse(drawing.get(hash));
  if ((await cachedAtStart()).has(`${hash}.png`) || (await exists(file))) return reuse();
  // Looked at again: another page may have started this drawing while the cache was listed.
  if (drawing.has(hash)) return reuse(drawing.get(hash));
  const started = draw(text, file).finally(() => drawing.delete(hash));
  drawing.set(hash, started);
  await started;
  return file;
}

export { cachedFile as cachedShareImage };
