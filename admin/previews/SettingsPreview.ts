/**
 * Preview of the site settings as readers meet them: the header band (emblem, governing
 * body, unit, site name) and the footer's contact block, hotlines and social pages.
 * Empty values are left out, as on the site.
 */
import { createElement as h } from 'react';
import { settingsFields } from '~/schema/settingsFields';
import { listOf, type PreviewProps, textOf } from './previewProps';

const labelFor = (name: string) => settingsFields.find((f) => f.name === name)?.label ?? name;
const CONTACT_FIELDS = ['publisher', 'governingBody', 'address', 'phone', 'email', 'responsiblePerson', 'licence'] as const;

/** The site's name and the publisher shown while the settings name none. */
export interface SitePreviewNames {
  name: string;
  publisher: string;
}

function band(props: PreviewProps, site: SitePreviewNames) {
  const logo = textOf(props, 'logo', 'src');
  const asset = logo ? props.getAsset(logo) : undefined;
  const governing = textOf(props, 'governingBody');
  return h(
    'div',
    { className: 'preview-band' },
    logo ? h('img', { src: asset ? String(asset) : logo, alt: '', width: 64, height: 64 }) : null,
    h(
      'p',
      null,
      governing ? h('span', { className: 'governing' }, governing) : null,
      h('span', { className: 'unit' }, textOf(props, 'publisher') || site.publisher),
      h('span', { className: 'site-name' }, site.name),
    ),
  );
}

export const settingsPreview = (site: SitePreviewNames) =>
  function SettingsPreview(props: PreviewProps) {
    const contact = CONTACT_FIELDS.map((name) => [labelFor(name), textOf(props, name)] as const).filter(([, value]) => value);
    const hotlines = listOf(props, 'hotlines');
    const social = listOf(props, 'socialPages');
    return h(
      'div',
      null,
      h('p', { className: 'muted preview-note' }, 'Đầu trang'),
      band(props, site),
      h('p', { className: 'muted preview-note' }, 'Chân trang và trang Liên hệ'),
      h(
        'footer',
        { className: 'preview-footer' },
        h('p', null, h('strong', null, site.name)),
        contact.length > 0
          ? h(
              'dl',
              { className: 'facts' },
              contact.flatMap(([term, value]) => [h('dt', { key: `t-${term}` }, term), h('dd', { key: `d-${term}` }, value)]),
            )
          : null,
        hotlines.length > 0
          ? h(
              'p',
              { className: 'hotlines' },
              hotlines.map((line) => h('span', { key: line }, line)),
            )
          : null,
        social.length > 0
          ? h(
              'ul',
              null,
              social.map((url) => h('li', { key: url }, h('a', { href: url }, url))),
            )
          : null,
      ),
    );
  };
