/** Preview of a news article in the site's look: title, date and author, photo, text. */
import { createElement as h } from 'react';
import { formatDateLong } from '~/lib/formatDate';
import { parsePartialDate } from '~/schema/partialDate';
import { coverPreview } from './CoverPreview';
import { galleryPreview } from './GalleryPreview';
import { listOf, type PreviewProps, relatedName, textOf } from './previewProps';

/** The date as the article page prints it ("ngày 26 tháng 11 năm 2026"), or the raw text while the editor is still typing it. */
function dateText(raw: string): string {
  const date = parsePartialDate(raw);
  return typeof date === 'string' ? raw : formatDateLong(date);
}

/** The models or places the article names, by their names as the relation picker shows them. */
function related(props: PreviewProps, field: 'models' | 'localities', title: string) {
  const names = listOf(props, field).map((id) => relatedName(props, field, field, id));
  return names.length > 0 ? h('p', { className: 'muted' }, `${title}: ${names.join('; ')}`) : null;
}

export function ArticlePreview(props: PreviewProps) {
  const author = [textOf(props, 'author'), textOf(props, 'authorUnit')].filter(Boolean).join(', ');
  return h(
    'main',
    { className: 'container' },
    h(
      'article',
      { className: 'prose' },
      h('h1', null, textOf(props, 'title') || '(Chưa có tiêu đề)'),
      h('p', { className: 'muted' }, [textOf(props, 'publishDate') && `Đăng ${dateText(textOf(props, 'publishDate'))}`, author].filter(Boolean).join(' · ')),
      h('p', null, h('strong', null, textOf(props, 'description'))),
      coverPreview(props),
      props.widgetFor('body'),
      galleryPreview(props),
      h(
        'p',
        null,
        listOf(props, 'tags').map((tag) => h('span', { className: 'badge', key: tag }, tag)),
      ),
      related(props, 'models', 'Mô hình liên quan'),
      related(props, 'localities', 'Địa bàn'),
    ),
  );
}
