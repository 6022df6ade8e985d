/** Preview of a news article in the site's look: title, date and author, photo, text. */
import { createElement as h } from 'react';
import { formatDateShort } from '../../src/lib/formatDate';
import { parsePartialDate } from '../../src/schema/partialDate';
import { coverPreview } from './CoverPreview';
import { listOf, type PreviewProps, textOf } from './previewProps';

/** The date as the site prints it, or the raw text while the editor is still typing it. */
function dateText(raw: string): string {
  const date = parsePartialDate(raw);
  return typeof date === 'string' ? raw : formatDateShort(date);
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
      h('p', { className: 'muted' }, [dateText(textOf(props, 'publishDate')), author].filter(Boolean).join(' · ')),
      h('p', null, h('strong', null, textOf(props, 'description'))),
      coverPreview(props),
      props.widgetFor('body'),
      h(
        'p',
        null,
        listOf(props, 'tags').map((tag) => h('span', { className: 'badge', key: tag }, tag)),
      ),
    ),
  );
}
