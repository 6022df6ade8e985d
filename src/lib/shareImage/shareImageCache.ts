/**
 * Generated share images are drawn once and kept between builds in Astro's cache folder
 * (node_modules/.astro, like optimised photos), named by the hash of what they show.
 * Pages draw what they need while rendering; the build copies the ones pages use to dist.
 */
import { access, mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { renderShareImage } from './renderShareImage';
import { shareImageHash, type ShareImageText } from './shareImageUrl';

export const shareImageCacheDir = () => join(process.cwd(), 'node_modules', '.astro', 'share-images');

const cachedFile = (hash: string) => join(shareImageCacheDir(), `${hash}.png`);

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

/** How many images a build drew (and in how long) and took from the cache, for its log and the benchmark. */
export interface ShareImageStats {
  drawn: number;
  reused: number;
  drawMs: number;
}

// Kept on globalThis: the pages that draw and the integration that reports run in one process
// but load this module as two copies (the rendered bundle and the config's import).
const STATS = Symbol.for('tdbv.shareImageStats');

export function shareImageStats(): ShareImageStats {
  const store = globalThis as { [STATS]?: ShareImageStats };
  return (store[STATS] ??= { drawn: 0, reused: 0, drawMs: 0 });
}

/** Draws the image unless the cache has it; returns the path of the cached file. */
export async function ensureShareImage(text: ShareImageText): Promise<string> {
  const file = cachedFile(shareImageHash(text));
  const stats = shareImageStats();
  if (await exists(file)) {
    stats.reused += 1;
    return file;
  }
  const started = performance.now();
  await mkdir(shareImageCacheDir(), { recursive: true });
  const png = await renderShareImage(text, shareImageCacheDir());
  // Written beside and renamed: a build stopped half-way never leaves a broken image in the cache.
  const partial = `${file}.${process.pid}.part`;
  await writeFile(partial, png);
  await rename(partial, file);
  stats.drawn += 1;
  stats.drawMs += performance.now() - started;
  return file;
}

export { cachedFile as cachedShareImage };
