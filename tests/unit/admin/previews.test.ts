import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { ArticlePreview } from '../../../admin/previews/ArticlePreview';
import { relatedName, type PreviewProps } from '../../../admin/previews/previewProps';
import { SectionPreview } from '../../../admin/previews/SectionPreview';
import { settingsPreview } from '../../../admin/previews/SettingsPreview';

/** Decap's Immutable maps, as far as previews read them. */
const immutable = (value: unknown) => ({
  getIn: (path: readonly string[]) => path.reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined), value),
});

const props = (metadata: unknown): PreviewProps => ({
  entry: immutable({ data: {} }),
  fieldsMetaData: immutable(metadata),
  widgetFor: () => null,
  getAsset: () => undefined,
});

describe('relatedName (previews name related entries as the page does)', () => {
  test('a related place or model shows by the name the picker loaded, also for folder entries stored as <slug>/index', () => {
    const p = props({
      locality: { localities: { 'xa-yen-son': { name: 'Yên Sơn' } } },
      models: { models: { 'doi-bao-ve/index': { name: 'Đội bảo vệ rừng' } } },
    });
    expect(relatedName(p, 'locality', 'localities', 'xa-yen-son')).toBe('Yên Sơn');
    expect(relatedName(p, 'models', 'models', 'doi-bao-ve')).toBe('Đội bảo vệ rừng');
  });

  test('until the picker has loaded it, the id is shown rather than nothing', () => {
    expect(relatedName(props({}), 'locality', 'localities', 'xa-yen-son')).toBe('xa-yen-son');
  });
});

describe('previews of the settings and of a section', () => {
  const site = { name: 'Toàn dân bảo vệ an ninh Tổ quốc', publisher: 'Công an tỉnh Tuyên Quang' };
  const entry = (data: Record<string, unknown>): PreviewProps => ({
    entry: immutable({ data }),
    widgetFor: () => null,
    getAsset: (path) => `/blob/${path}`,
  });

  test('the settings preview shows the header band and the footer with what is filled in, and leaves out what is empty', () => {
    const html = renderToStaticMarkup(
      createElement(
        settingsPreview(site),
        entry({
          publisher: 'Công an tỉnh Thử',
          governingBody: 'Bộ Công an',
          phone: '0207 000 000',
          hotlines: ['Cảnh sát 113: 113'],
          logo: { src: 'huy-hieu.png', alt: 'Huy hiệu' },
        }),
      ),
    );
    expect(html).toContain('<img src="/blob/huy-hieu.png" alt=""');
    expect(html).toContain('<span class="unit">Công an tỉnh Thử</span>');
    expect(html).toContain('<dt>Điện thoại</dt><dd>0207 000 000</dd>');
    expect(html).toContain('Cảnh sát 113: 113');
    expect(html).not.toContain('Địa chỉ');
  });

  test('without a publisher or logo, the band names the default publisher and the site, with no image', () => {
    const html = renderToStaticMarkup(createElement(settingsPreview(site), entry({})));
    expect(html).toContain(`<span class="unit">${site.publisher}</span>`);
    expect(html).toContain(`<span class="site-name">${site.name}</span>`);
    expect(html).not.toContain('<img');
  });

  test('the section preview opens as the section page: its name as the heading, its introduction below', () => {
    const html = renderToStaticMarkup(createElement(SectionPreview, entry({ name: 'Cảnh báo thủ đoạn', description: 'Các thủ đoạn lừa đảo mới.' })));
    expect(html).toContain('<h1>Cảnh báo thủ đoạn</h1>');
    expect(html).toContain('<p class="lead">Các thủ đoạn lừa đảo mới.</p>');
  });
});

describe('the article preview says when the site will not show the article yet', () => {
  const article = (data: Record<string, unknown>) =>
    renderToStaticMarkup(
      createElement(ArticlePreview, { entry: immutable({ data: { title: 'Tin thử', ...data } }), widgetFor: () => null, getAsset: () => undefined }),
    );
  // Dates relative to the real today, so the test holds whenever it runs.
  const year = new Date().getFullYear();

  test('an article dated after today is announced as scheduled, with the day it goes live', () => {
    expect(article({ publishDate: `${year + 1}-03-05` })).toContain(`Hẹn giờ: bài chỉ hiện trên trang từ ngày 5 tháng 3 năm ${year + 1}`);
  });

  test('a draft says so, and an article dated in the past says nothing', () => {
    expect(article({ publishDate: `${year - 1}-03-05`, draft: true })).toContain('Bản nháp: bài chưa hiện trên trang.');
    expect(article({ publishDate: `${year - 1}-03-05` })).not.toMatch(/Hẹn giờ|Bản nháp/);
  });
});
