/** Preview of a model profile in the site's look: name, facts, summary, photo, text. */
import { createElement as h } from 'react';
import { modelFields } from '~/schema/modelFields';
import { labelOf, MODEL_STATUSES, MODEL_TYPES, SECTORS } from '~/schema/taxonomy';
import { coverPreview } from './CoverPreview';
import { listOf, type PreviewProps, relatedName, textOf } from './previewProps';

const labelFor = (name: string) => modelFields.find((f) => f.name === name)?.label ?? name;

export function ModelPreview(props: PreviewProps) {
  const facts: [string, string][] = [
    [labelFor('type'), labelOf(MODEL_TYPES.list, textOf(props, 'type'))],
    [labelFor('sector'), labelOf(SECTORS.list, textOf(props, 'sector'))],
    [labelFor('host'), textOf(props, 'host')],
    [labelFor('partners'), listOf(props, 'partners').join('; ')],
    [labelFor('locality'), textOf(props, 'locality') && relatedName(props, 'locality', 'localities', textOf(props, 'locality'))],
    [labelFor('placeAsWritten'), textOf(props, 'placeAsWritten')],
    [labelFor('established'), textOf(props, 'established')],
    [labelFor('status'), labelOf(MODEL_STATUSES.list, textOf(props, 'status'))],
  ];
  return h(
    'main',
    { className: 'container' },
    h(
      'article',
      { className: 'prose' },
      h('p', null, h('span', { className: 'badge' }, 'Mô hình')),
      h('h1', null, textOf(props, 'name') || '(Chưa có tên)'),
      h('p', { className: 'muted' }, textOf(props, 'summary')),
      h(
        'dl',
        { className: 'facts' },
        facts.filter(([, value]) => value).flatMap(([term, value]) => [h('dt', { key: `t-${term}` }, term), h('dd', { key: `d-${term}` }, value)]),
      ),
      coverPreview(props),
      props.widgetFor('body'),
    ),
  );
}
