/**
 * The last step of a body photo's responsive picture (src/markdown/markBodyPhotos.ts makes
 * the first): in the body's rendered HTML, each marked <picture> holds one <img> per format
 * of PHOTO_FORMATS, each with its srcset from Astro's image step, then the fallback <img>.
 * The format images become <source> elements, as Astro's <Picture> writes them.
 */
import { PHOTO_FORMATS } from './photoSizes';

/** hast name of the marker attribute (`data-body-photo`) on the placeholder <picture>. */
export const BODY_PHOTO_PROPERTY = 'dataBodyPhoto';

/** The fallback <img>'s format, as Astro's <Picture> chooses it: JPEG and GIF stay, anything else becomes PNG. */
export function fallbackFormat(file: string): 'jpg' | 'gif' | 'png' {
  const extension = /\.([a-z]+)$/i.exec(file)?.[1]?.toLowerCase();
  if (extension === 'jpg' || extension === 'jpeg') return 'jpg';
  return extension === 'gif' ? 'gif' : 'png';
}

const PICTURE = /<picture data-body-photo(?:="")?>([\s\S]*?)<\/picture>/g;
const IMG = /<img\b[^>]*>/g;

/** One attribute's value as written in the tag (still escaped), or undefined. */
const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

function sourceOf(tag: string, format: string): string {
  const srcset = attribute(tag, 'srcset') ?? attribute(tag, 'src') ?? '';
  const sizes = attribute(tag, 'sizes');
  return `<source type="image/${format}" srcset="${srcset}"${sizes === undefined ? '' : ` sizes="${sizes}"`}>`;
}

export function bodyPictures(html: string): string {
  return html.replace(PICTURE, (whole, inner: string) => {
    const images = inner.match(IMG) ?? [];
    if (images.length !== PHOTO_FORMATS.length + 1) return whole;
    const sources = PHOTO_FORMATS.map((format, i) => sourceOf(images[i]!, format));
    return `<picture>${sources.join('')}${images.at(-1)}</picture>`;
  });
}
