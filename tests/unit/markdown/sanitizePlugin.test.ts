import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { sanitizeMarkdown } from '../../../src/markdown/sanitizePlugin';
import { findUnsafe } from '../../support/unsafeHtml';
import { XSS_PAYLOADS } from '../../support/xssPayloads';

/** Renders with the same engine options as astro.config.mjs. */
async function render(markdown: string): Promise<string> {
  const result = await Promise.resolve(markdownToHtml(markdown, { hastPlugins: [sanitizeMarkdown], features: { rawHtml: true, gfm: true } }));
  return result.html;
}

describe('the unsafe-HTML detector used by these tests', () => {
  it('spots what would run and ignores text that only looks like a tag', () => {
    expect(findUnsafe('<img src=x onerror=alert(1)><a href=" java\tscript:x">a</a><svg></svg>')).toEqual(['img[onerror]', 'a[href= java\tscript:x]', '<svg>']);
    expect(findUnsafe('<p>&lt;img src=x onerror=alert(1)&gt;</p><p title="onload=x">t</p>')).toEqual([]);
  });
});

describe('Markdown sanitiser', () => {
  it.each(XSS_PAYLOADS)('leaves nothing executable of %s', async (payload) => {
    const html = await render(`Đoạn mở đầu.\n\n${payload}\n`);
    expect(html).toContain('Đoạn mở đầu.');
    expect(findUnsafe(html)).toEqual([]);
  });

  it('keeps safe formatting: headings, links, images, tables and figures', async () => {
    const html = await render(
      [
        '## Tiêu đề phụ',
        '',
        'Xem [trang chủ](/) hoặc [Công an tỉnh](https://example.gov.vn/), email [hòm thư](mailto:a@b.vn).',
        '',
        '![Ảnh minh họa](https://example.gov.vn/anh.jpg)',
        '',
        '| Xã | Số mô hình |',
        '|---|---|',
        '| Tràng Đà | 2 |',
        '',
        '<figure><img src="/anh.jpg" alt="Tuần tra"><figcaption>Tổ tuần tra</figcaption></figure>',
      ].join('\n'),
    );
    expect(html).toMatch(/<h2[^>]*>Tiêu đề phụ<\/h2>/);
    expect(html).toContain('<a href="/">trang chủ</a>');
    expect(html).toContain('<a href="https://example.gov.vn/">Công an tỉnh</a>');
    expect(html).toContain('href="mailto:a@b.vn"');
    expect(html).toContain('<img src="https://example.gov.vn/anh.jpg" alt="Ảnh minh họa">');
    expect(html).toMatch(/<table>[\s\S]*<td>Tràng Đà<\/td>/);
    expect(html).toContain('<figcaption>Tổ tuần tra</figcaption>');
  });
});
