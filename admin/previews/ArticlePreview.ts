/** Preview of a news article in the site's look: title, date and author, photo, text. */
import { createElement as h } from 'react';
import { formatDateLong } from '~/lib/formatDate';
import { unpublishedReason } from '~/lib/isPublished';
import { parsePartialDate } from '~/schema/partialDate';
import { coverPreview } from './CoverPreview';
import { galleryPreview } from './GalleryPreview';
import { listOf, type PreviewProps, relatedName, textOf, valueOf } from './previewProps';

/** The date as the article page prints it ("ngày 26 tháng 11 năm 2026"), or the raw text while the editor is still typing it. */
function dateText(raw: string): string {
  const date = parsePartialDate(raw);
  return typeof date === 'string' ? raw : formatDateLong(date);
}

/**
 * Says when the site will not show the article yet, by the build's own publishing rule: a
 * draft, or a publish date after today (Vietnam time), which waits for the daily rebuild.
 */
function publishingNote(props: PreviewProps) {
  const raw = textOf(props, 'publishDate');
  const reason = unpublishedReason({ draft: valueOf(props, 'draft'), publishDate: raw || undefined });
  if (reason === 'draft') return h('p', { className: 'publishing-note', role: 'note' }, 'Bản nháp: bài chưa hiện trên trang.');
  if (reason === 'scheduled') {
    return h(
      'p',
      { className: 'publishing-note', role: 'note' },
      `Hẹn giờ: bài chỉ hiện trên trang từ ${dateText(raw)} (trang tự xây dựng lại mỗi ngày lúc 0 giờ 05).`,
    );
  }
  return null;
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
      publishingNote(props),
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
