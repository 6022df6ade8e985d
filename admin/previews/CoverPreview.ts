/** The entry's cover photo with its caption, as the site's CoverImage shows it. */
import { createElement as h } from 'react';
import { type PreviewProps, textOf } from './previewProps';

export function coverPreview(props: PreviewProps) {
  const src = textOf(props, 'cover', 'src');
  if (!src) return null;
  const asset = props.getAsset(src);
  const caption = textOf(props, 'cover', 'caption');
  return h(
    'figure',
    { className: 'cover' },
    h('img', { src: asset ? String(asset) : src, alt: textOf(props, 'cover', 'alt') }),
    caption ? h('figcaption', { className: 'muted' }, caption) : null,
  );
}
