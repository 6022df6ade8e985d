import type { Element, Nodes, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { sanitizeMarkdown } from '~/markdown/sanitizePlugin';
import { BODY_CASES, markerAfter } from '../../support/hostileBodies';
import { findUnsafe } from '../../support/unsafeHtml';
import { XSS_PAYLOADS } from '../../support/xssPayloads';

/** Renders with the same engine options as astro.config.mjs. */
async function render(markdown: string): Promise<string> {
  const result = await Promise.resolve(markdownToHtml(markdown, { hastPlugins: [sanitizeMarkdown], features: { gfm: true, smartPunctuation: false } }));
  return result.html;
}

/** What a reader reads: the text, with <br> as a line break and runs of spaces as one. */
function visibleText(node: Nodes): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element' && node.tagName === 'br') return '\n';
  return 'children' in node ? node.children.map(visibleText).join('') : '';
}
const readable = (html: string) => visibleText(fromHtml(html, { fragment: true })).replace(/[ \t]+/g, ' ');

/** Top-level paragraphs holding nothing but plain text. */
function plainParagraphs(html: string): string[] {
  const root: Root = fromHtml(html, { fragment: true });
  return root.children
    .filter((n): n is Element => n.type === 'element' && n.tagName === 'p' && n.children.every((c) => c.type === 'text'))
    .map((p) => visibleText(p));
}

describe('the unsafe-HTML detector used by these tests', () => {
  it('spots what would run and ignores text that only looks like a tag', () => {
    expect(findUnsafe('<img src=x onerror=alert(1)><a href=" java\tscript:x">a</a><svg></svg>')).toEqual(['img[onerror]', 'a[href= java\tscript:x]', '<svg>']);
    expect(findUnsafe('<p>&lt;img src=x onerror=alert(1)&gt;</p><p title="onload=x">t</p>')).toEqual([]);
  });
});

describe('Markdown sanitiser: nothing runs', () => {
  it.each(XSS_PAYLOADS)('leaves nothing executable of %s', async (payload) => {
    const html = await render(`Đoạn mở đầu.\n\n${payload}\n\nĐoạn kết.\n`);
    expect(html).toContain('Đoạn mở đầu.');
    // A block the Markdown parser runs to the end (an unclosed <script>) shows the rest as
    // text; the content check refuses such a body before the build (checkBodyHtml.ts).
    expect(readable(html)).toContain('Đoạn kết.');
    expect(findUnsafe(html)).toEqual([]);
  });
});

describe('Markdown sanitiser: text survives as typed and nothing spills over', () => {
  it.each(BODY_CASES.map((c, i) => [c.name, c, i] as const))('%s', async (_, bodyCase, index) => {
    const html = await render(`Đoạn mở đầu.\n\n${bodyCase.markdown}\n\n${markerAfter(index)}\n`);
    for (const text of bodyCase.shows) expect(readable(html)).toContain(text);
    expect(plainParagraphs(html)).toEqual(expect.arrayContaining(['Đoạn mở đầu.', markerAfter(index)]));
    expect(findUnsafe(html)).toEqual([]);
  });

  it.each(['<!-- ghi chú chưa đóng', '<textarea>ô nhập chưa đóng', '<pre>mã chưa đóng'])(
    'shows %s, which the Markdown parser runs to the end of the body, and all after it as text',
    async (opening) => {
      const html = await render(`Trước.\n\n${opening}\n\nĐoạn cuối **bài**.\n`);
      expect(readable(html)).toContain(opening.replace(/^<pre>/, ''));
      expect(readable(html)).toContain('Đoạn cuối **bài**.');
    },
  );

  // How fast it renders is the benchmark's business; here it must finish and keep the last words.
  it('renders a body of thousands of unclosed tags and keeps the words after them', async () => {
    const html = await render(`${'Chữ <b>'.repeat(3000)}\n\n${'<div>\n\n'.repeat(1000)}Cuối.`);
    expect(plainParagraphs(html)).toContain('Cuối.');
  });

  it('keeps a balanced <b> across Markdown inline elements', async () => {
    expect(await render('Chữ <b>đậm *và nghiêng*</b> xong')).toContain('<b>đậm <em>và nghiêng</em></b> xong');
  });

  it('keeps Markdown inside a <details> that a later block closes', async () => {
    const html = await render('<details>\n<summary>Xem</summary>\n\nBên trong **đậm**\n\n</details>\n\nSau\n');
    expect(html).toMatch(/<details>\s*<summary>Xem<\/summary>\s*<p>Bên trong <strong>đậm<\/strong><\/p>\s*<\/details>\s*<p>Sau<\/p>/);
  });

  it('closes an unclosed <details> where its own block ends', async () => {
    const html = await render('<details>\n<summary>Mở</summary>\n\nSau đó vẫn thấy\n');
    expect(html).toMatch(/<details>\s*<summary>Mở<\/summary>\s*<\/details>\s*<p>Sau đó vẫn thấy<\/p>/);
  });
});

describe('Markdown sanitiser: body ids never take the page’s own', () => {
  it('prefixes heading ids and points the body’s own links at them', async () => {
    const html = await render('## Nội dung\n\nXem [mục trên](#nội-dung) và [mục khác](#n%E1%BB%99i-dung), [đầu trang](#dau-trang).');
    expect(html).toContain('<h2 id="user-content-nội-dung">Nội dung</h2>');
    // The engine writes link targets percent-encoded; both spellings reach the heading.
    expect(html.match(/href="#user-content-n%E1%BB%99i-dung"/g)).toHaveLength(2);
    // Not a body id: a link to the page's own anchor stays as written.
    expect(html).toContain('href="#dau-trang"');
  });

  it('prefixes ids written in raw HTML and numbers repeated headings like GitHub', async () => {
    const html = await render('<p id="main">Đoạn</p>\n\n## Kết quả\n\n## Kết quả\n');
    expect(html).toContain('<p id="user-content-main">Đoạn</p>');
    expect(html).toContain('id="user-content-kết-quả"');
    expect(html).toContain('id="user-content-kết-quả-1"');
  });

  it('keeps footnote links working: reference, note and back link agree', async () => {
    const html = await render('Câu có chú thích[^1].\n\n[^1]: Nguồn: Công an tỉnh.\n');
    const ref = /<a href="#([^"]+)" id="([^"]+)"[^>]*aria-describedby="([^"]+)"/.exec(html);
    expect(ref).not.toBeNull();
    const [, noteId, refId, labelId] = ref ?? [];
    expect(html).toContain(`<li id="${noteId}">`);
    expect(html).toContain(`href="#${refId}"`);
    expect(html).toContain(`id="${labelId}"`);
    for (const id of [noteId, refId, labelId]) expect(id).toMatch(/^user-content-/);
  });
});

/** The photos of a rendered body: each marked <picture> with its images' src, format, alt and hidden flag. */
function pictures(html: string) {
  const found: { src: unknown; format: unknown; alt: unknown; hidden: boolean }[][] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'element' && node.tagName === 'picture' && 'dataBodyPhoto' in node.properties) {
      found.push(
        node.children
          .filter((c): c is Element => c.type === 'element')
          .map(({ properties: p }) => ({ src: p.src, format: p.format, alt: p.alt, hidden: p.hidden === true || p.hidden === '' || p.hidden === 'true' })),
      );
      return;
    }
    if ('children' in node) node.children.forEach(walk);
  };
  walk(fromHtml(html, { fragment: true }));
  return found;
}

describe('Markdown sanitiser: images', () => {
  it('keeps the entry’s own photos and drops remote image addresses, which the CSP would block', async () => {
    const html = await render(
      '![Ảnh ngoài](https://example.gov.vn/anh.jpg)\n\n![Ảnh cạnh bài](./anh.jpg)\n\n<figure><img src="./tuan-tra.jpg" alt="Tuần tra"><figcaption>Tổ tuần tra</figcaption></figure>',
    );
    expect(html).not.toContain('example.gov.vn');
    expect(pictures(html).map((images) => images.at(-1)?.alt)).toEqual(['Ảnh cạnh bài', 'Tuần tra']);
    expect(html).toMatch(/<figure><picture [^>]*>.*<\/picture><figcaption>Tổ tuần tra<\/figcaption><\/figure>/);
  });

  it('makes each photo beside the entry a <picture> of one hidden image per format (AVIF, WebP), then the described fallback', async () => {
    const html = await render('![Họp tổ](./hop-to.png "Ảnh: Công an xã")');
    expect(pictures(html)).toEqual([
      [
        { src: './hop-to.png', format: 'avif', alt: undefined, hidden: true },
        { src: './hop-to.png', format: 'webp', alt: undefined, hidden: true },
        { src: './hop-to.png', format: 'png', alt: 'Họp tổ', hidden: false },
      ],
    ]);
    expect(html).toContain('title="Ảnh: Công an xã"');
  });

  it('shows the <img> of a <picture> and drops its other sources, which would skip the checks', async () => {
    const html = await render('<picture><source srcset="https://example.gov.vn/a.webp"><img src="./anh.jpg" alt="Ảnh"></picture>');
    expect(html).not.toContain('example.gov.vn');
    expect(pictures(html).map((images) => images.at(-1)?.alt)).toEqual(['Ảnh']);
  });

  it('hands photos in raw <img> tags to Astro’s image pipeline, like Markdown images', async () => {
    const astro = { frontmatter: {}, headings: [], localImagePaths: new Set<string>(), remoteImagePaths: new Set<string>() };
    const { html } = await markdownToHtml('<img src="./t%C3%A0u.jpg" alt="Tàu"> <img src="/media/a.jpg" alt="a"> <img src="x" alt="x">', {
      hastPlugins: [sanitizeMarkdown],
      data: { astro },
    });
    expect([...astro.localImagePaths]).toEqual(['./tàu.jpg']);
    // Only the entry's own photo becomes a picture; other images stay as written.
    expect(pictures(html)).toHaveLength(1);
    expect(html).toContain('<img src="/media/a.jpg" alt="a">');
  });
});

describe('Markdown sanitiser: safe formatting stays', () => {
  it('keeps headings, links, tables and figures', async () => {
    const html = await render(
      [
        '## Tiêu đề phụ',
        '',
        'Xem [trang chủ](/) hoặc [Công an tỉnh](https://example.gov.vn/), email [hòm thư](mailto:a@b.vn).',
        '',
        '| Xã | Số mô hình |',
        '|---|---|',
        '| Tràng Đà | 2 |',
      ].join('\n'),
    );
    expect(html).toMatch(/<h2[^>]*>Tiêu đề phụ<\/h2>/);
    expect(html).toContain('<a href="/">trang chủ</a>');
    expect(html).toContain('<a href="https://example.gov.vn/">Công an tỉnh</a>');
    expect(html).toContain('href="mailto:a@b.vn"');
    expect(html).toMatch(/<table>[\s\S]*<td>Tràng Đà<\/td>/);
  });
});
