/**
 * A page's share image (1200×630): the entry's cover cropped through astro:assets when it
 * has one, else an image drawn with the page's title (src/lib/shareImage/), cached.
 */
import { getImage } from 'astro:assets';
import { SITE } from '../config';
import { ensureShareImage } from '../lib/shareImage/shareImageCache';
import type { ShareImage } from '../lib/shareImage/shareImageTypes';
import { SHARE_IMAGE, shareImagePath } from '../lib/shareImage/shareImageUrl';
import type { CoverImage } from '../schema/fieldOutput';
import { getSettings } from './entries';

const { width, height } = SHARE_IMAGE;

export async function coverShareImage(cover: CoverImage, site: URL | string): Promise<ShareImage> {
  const image = await getImage({ src: cover.src, width, height, fit: 'cover', format: 'jpg', quality: 80 });
  return { url: new URL(image.src, site).href, alt: cover.alt, width, height };
}

export async function titleShareImage(title: string, site: URL | string): Promise<ShareImage> {
  const text = { title, kicker: SITE.name, footer: (await getSettings()).publisher ?? SITE.publisher };
  await ensureShareImage(text);
  return { url: new URL(shareImagePath(text), site).href, alt: title, width, height };
}

/** The share image of a page titled `title`, with `cover` if it has one. */
export const pageShareImage = (title: string, cover: CoverImage | undefined, site: URL | string) =>
  cover ? coverShareImage(cover, site) : titleShareImage(title, site);
