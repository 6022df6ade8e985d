/**
 * Photos beside the entry (`![alt](./photo.jpg)` or a raw `<img src="./photo.jpg">`) are
 * published like covers: AVIF and WebP in the covers' widths (src/lib/photoSizes.ts). Astro
 * makes one <img> of each Markdown image, passing the image's other attributes to its
 * getImage(); so each photo becomes a <picture> holding one such image per format, then the
 * fallback, all made by Astro's own image step, and EntryBody.astro turns the format
 * images into <source> elements (src/lib/bodyPhotos.ts). Runs after registerLocalImages().
 */
import type { Element, Root, RootContent } from 'hast';
import { BODY_PHOTO_PROPERTY, fallbackFormat } from '../lib/bodyPhotos';
import { PHOTO_FORMATS, PHOTO_SIZES, PHOTO_WIDTHS } from '../lib/photoSizes';
import { isLocalPhoto } from './registerLocalImages';

const img = (properties: Element['properties']): Element => ({ type: 'element', tagName: 'img', properties, children: [] });

function pictureOf({ properties }: Element & { properties: { src: string } }): Element {
  const { src, alt, title } = properties;
  // A list of texts: the Markdown engine keeps no lists of numbers; Astro rounds each width to a
  // number. (hast types `widths` as SVG's single string, not Astro's option.)
  const widths = PHOTO_WIDTHS.map(String) as unknown as string;
  const common: Element['properties'] = { src, widths, sizes: PHOTO_SIZES };
  return {
    type: 'element',
    tagName: 'picture',
    properties: { [BODY_PHOTO_PROPERTY]: '' },
    children: [
      // Hidden: should a page ever show the body without EntryBody.astro, the photo still appears once.
      ...PHOTO_FORMATS.map((format) => img({ ...common, format, hidden: true })),
      img({ ...common, alt, ...(title !== undefined && { title }), format: fallbackFormat(src), loading: 'lazy', decoding: 'async' }),
    ],
  };
}

const isPhoto = (node: RootContent): node is Element & { properties: { src: string } } =>
  node.type === 'element' && node.tagName === 'img' && isLocalPhoto(node.properties.src);

export function markBodyPhotos(parent: Root | Element): void {
  parent.children = parent.children.map((child) => {
    if (isPhoto(child)) return pictureOf(child);
    if (child.type === 'element') markBodyPhotos(child);
    return child;
  }) as typeof parent.children;
}
