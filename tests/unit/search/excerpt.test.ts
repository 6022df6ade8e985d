import { describe, expect, it } from 'vitest';
import { excerptHtml } from '~/lib/search/excerpt';

describe('excerptHtml', () => {
  it('highlights the words as the page writes them for a query without marks', () => {
    expect(excerptHtml('Đội bảo vệ rừng Tân Thành.', ['doi', 'rung'])).toBe('<mark>Đội</mark> bảo vệ <mark>rừng</mark> Tân Thành.');
  });

  it('starts near the first place where the query words stand side by side', () => {
    const text = `${'một '.repeat(40)}rừng ${'hai '.repeat(40)}bảo vệ rừng ${'ba '.repeat(40)}`;
    const html = excerptHtml(text, ['bao', 've', 'rung'], 12);
    expect(html).toMatch(/^… /);
    expect(html).toContain('<mark>bảo</mark> <mark>vệ</mark> <mark>rừng</mark>');
    expect(html).toMatch(/ …$/);
  });

  it('escapes the page text, so only the marks are markup', () => {
    expect(excerptHtml('a <b>rừng</b> & "x"', ['rung'])).toBe('a &lt;b&gt;<mark>rừng</mark>&lt;/b&gt; &amp; &quot;x&quot;');
  });
});
