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

/** Draws the image unless the cache has it; returns the path of the cached file. */
export async function ensureShareImage(text: ShareImageText): Promise<string> {
  const file = cachedFile(shareImageHash(text));
  if (await exists(file)) return file;
  await mkdir(shareImageCacheDir(), { recursive: true });
  const png = await renderShareImage(text, shareImageCacheDir());
  // Written beside and renamed: a build stopped half-way never leaves a broken image in the cache.
  const partial = `${file}.${process.pid}.part`;
  await writeFile(partial, png);
  await rename(partial, file);
  return file;
}

export { cachedFile as cachedShareImage };
