import { describe, expect, it } from 'vitest';
import { findOpenEndedHtml } from '../../../src/lib/contentCheck/checkBodyHtml';
import { checkContent } from '../../../src/lib/contentCheck/checkContent';
import { ARTICLE_FILE, useContentFixture } from '../../support/contentFixture';

const fixture = useContentFixture();

describe('findOpenEndedHtml', () => {
  it.each([
    ['<!-- ghi chú chưa đóng', '-->'],
    ['<textarea>ô nhập', '</textarea>'],
    ['<pre>mã', '</pre>'],
    ['<SCRIPT>x</SCRIPT>', '</script>'],
    ['<?php echo 1;', '?>'],
    ['<![CDATA[ dữ liệu', ']]>'],
  ])('reports %s, which would swallow the rest of the body', (opening, closer) => {
    expect(findOpenEndedHtml(`Mở đầu.\n\n${opening}\n\nĐoạn sau.\n`)).toEqual([{ opening: expect.any(String), closer, line: 3 }]);
  });

  it.each([
    '<!-- ghi chú -->',
    '<!-- ghi chú\nnhiều dòng\n\nvẫn đóng -->',
    '<pre>\nmã\n</pre>',
    '<details>\n<summary>x</summary>',
    'Chữ <!-- chú thích trong dòng --> tiếp',
    '```\n<!-- trong khối mã\n```',
  ])('leaves alone %j, which ends where it should', (html) => {
    expect(findOpenEndedHtml(`${html}\n\nĐoạn sau.\n`)).toEqual([]);
  });

  it('finds an unclosed comment inside a quote too', () => {
    expect(findOpenEndedHtml('> Trích:\n>\n> <!-- chưa đóng\n>\n> tiếp\n\nSau.\n')).toEqual([{ opening: '<!--', closer: '-->', line: 3 }]);
  });
});

describe('checkContent: raw HTML that would swallow the article', () => {
  it('names the file and the line of an unclosed comment', async () => {
    const text = await fixture.read(ARTICLE_FILE);
    await fixture.write(ARTICLE_FILE, `${text}\n<!-- ghi chú chưa đóng\n\nĐoạn cuối.\n`);
    const line = `${text}\n`.split('\n').length;
    const problems = await checkContent(fixture.root);
    expect(problems).toEqual([
      {
        file: ARTICLE_FILE,
        message: expect.stringMatching(new RegExp(`^nội dung dòng ${line}: "<!--" mở một khối HTML không được đóng bằng "-->".*hãy thêm "-->"`)),
      },
    ]);
  });
});
