/** Preview of a section (chuyên mục) as its page opens: its name and the line that introduces it. */
import { createElement as h } from 'react';
import { type PreviewProps, textOf } from './previewProps';

export function SectionPreview(props: PreviewProps) {
  return h(
    'main',
    { className: 'container' },
    h('p', null, h('span', { className: 'badge' }, 'Chuyên mục')),
    h('h1', null, textOf(props, 'name') || '(Chưa có tên)'),
    h('p', { className: 'lead' }, textOf(props, 'description')),
    h('p', { className: 'muted' }, 'Các bài viết chọn chuyên mục này hiện bên dưới, mới nhất trước.'),
  );
}
