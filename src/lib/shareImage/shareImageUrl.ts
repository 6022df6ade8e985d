/**
 * Where the generated share image of a page lives: `/og/<hash>.png`, the hash of what is
 * drawn on it, so a changed title gets a new file (and a new URL that Zalo and Facebook
 * fetch again) and an unchanged one is reused from the cache between builds.
 */
import { createHash } from 'node:crypto';

export const SHARE_IMAGE = { width: 1200, height: 630, dir: 'og' } as const;

/** Bump when the drawing changes, so cached images are redrawn. */
export const DRAWING_VERSION = 1;

export interface ShareImageText {
  title: string;
  /** Line above the title: the site's name. */
  kicker: string;
  /** Line at the foot: the publisher. */
  footer: string;
}

export function shareImageHash(text: ShareImageText): string {
  const key = JSON.stringify([DRAWING_VERSION, text.title.normalize('NFC'), text.kicker, text.footer]);
  return createHash('sha256').update(key).digest('hex').slice(0, 20);
}

/** Site-relative path of the generated image for this text. */
export const shareImagePath = (text: ShareImageText) => `/${SHARE_IMAGE.dir}/${shareImageHash(text)}.png`;

const SHARE_IMAGE_PATH = new RegExp(`^/${SHARE_IMAGE.dir}/([0-9a-f]{20})\\.png(?:[?#].*)?$`);

/** The hash in a request path for a generated share image (`/og/<hash>.png`), or undefined for any other path. */
export function hashInSharePath(path: string): string | undefined {
  return SHARE_IMAGE_PATH.exec(path)?.[1];
}
