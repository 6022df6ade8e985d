/** The article's photo gallery as a grid of captioned photos, as the site's PhotoGallery shows it. */
import { createElement as h } from 'react';
import { type PreviewProps, valueOf } from './previewProps';

export function galleryPreview(props: PreviewProps) {
  const value = valueOf(props, 'gallery');
  const photos = (Array.isArray(value) ? value : []).filter(
    (p): p is { src: string; alt?: string; caption?: string } =>
      Boolean(p) && typeof (p as { src?: unknown }).src === 'string' && (p as { src: string }).src !== '',
  );
  if (photos.length === 0) return null;
  return h(
    'div',
    { className: 'gallery' },
    photos.map((photo, i) => {
      const asset = props.getAsset(photo.src);
      return h(
        'figure',
        { key: `${i}-${photo.src}` },
        h('img', { src: asset ? String(asset) : photo.src, alt: photo.alt ?? '' }),
        photo.caption ? h('figcaption', { className: 'muted' }, photo.caption) : null,
      );
    }),
  );
}
