import { describe, expect, it } from 'vitest';
import { MAX_BODY_DEPTH, tooDeepLine } from '~/lib/contentCheck/bodyDepth';
import { findOpenEndedHtml as findInTree } from '~/lib/contentCheck/checkBodyHtml';
import { checkContent } from '~/lib/contentCheck/checkContent';
import { satteriTree } from '~/lib/contentCheck/satteriTree';
import { ARTICLE_FILE, useContentFixture } from '../../support/contentFixture';

const fixture = useContentFixture();
const findOpenEndedHtml = (body: string) => findInTree(satteriTree(body));
const tooDeep = (body: string) => tooDeepLine(satteriTree(body));

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

describe('tooDeepLine', () => {
  it.each([
    ['quotes', `Mở đầu.\n\n${'> '.repeat(3000)}x`],
    ['lists', `Mở đầu.\n\n${'- '.repeat(2000)}x`],
    ['emphasis', `Mở đầu.\n\n${'*'.repeat(300)}x${'*'.repeat(300)}`],
    ['raw HTML in one block', `Mở đầu.\n\n${'<div>'.repeat(300)}`],
  ])('names the line where %s nest deeper than the engine can render', (_, body) => {
    expect(tooDeep(body)).toBe(3);
  });

  it('counts raw HTML blocks that a later block closes as nested, naming the first one too deep', () => {
    const body = `Mở đầu.\n\n${'<div>\n\n'.repeat(60)}x\n\n${'</div>\n\n'.repeat(60)}`;
    // Each <div> takes two lines from line 3; the one past the limit is number MAX_BODY_DEPTH + 1.
    expect(tooDeep(body)).toBe(3 + 2 * MAX_BODY_DEPTH);
  });

  it.each([
    ['ordinary nesting', '> Trích\n>\n> - mục **đậm *nghiêng***\n>   - mục con\n\n<details><summary>x</summary><div><b>y</b></div></details>'],
    ['many unclosed tags side by side, each closed in its own block', '<div>\n\n'.repeat(300)],
  ])('accepts %s', (_, body) => {
    expect(tooDeep(body)).toBeUndefined();
  });
});
