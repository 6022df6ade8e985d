/**
 * Astro optimises the photos of Markdown `![alt](./photo.jpg)` images only: it collects them
 * while parsing the Markdown. A photo in a raw `<img src="./photo.jpg">` (say inside a
 * `<figure>` with a caption) would be published as a broken link. Adding its path to the
 * same list lets Astro's image step, which runs after this plugin, treat both alike.
 */
import type { Element, Nodes, Root } from 'hast';

/** Only photo files are handed on; anything else stays an ordinary (broken) relative link. */
const PHOTO_FILE = /\.(jpe?g|png|webp|avif|gif)$/i;

function images(node: Nodes, out: Element[] = []): Element[] {
  if (node.type === 'element' && node.tagName === 'img') out.push(node);
  if ('children' in node) for (const child of node.children) images(child, out);
  return out;
}

/** True for a photo file beside the entry (`./photo.jpg`), not a URL, a site path or another file. */
export function isLocalPhoto(src: unknown): src is string {
  if (typeof src !== 'string' || URL.canParse(src) || src.startsWith('/') || !PHOTO_FILE.test(src)) return false;
  try {
    decodeURI(src);
    return true;
  } catch {
    return false; // A malformed %-escape: Astro could not load it either; the content check reports the photo.
  }
}

export function registerLocalImages(tree: Root, data: Record<string, unknown>): void {
  const astro = data.astro as { localImagePaths?: Set<string> } | undefined;
  if (!astro?.localImagePaths) return;
  for (const { properties } of images(tree)) {
    if (isLocalPhoto(properties.src)) astro.localImagePaths.add(decodeURI(properties.src));
  }
}
