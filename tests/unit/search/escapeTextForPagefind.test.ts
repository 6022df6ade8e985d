import { describe, expect, it } from 'vitest';
import { escapeTextForPagefind } from '~/lib/search/escapeTextForPagefind';
import { indexedText } from '~/lib/search/indexedText';

const page = (body: string) => `<!doctype html><html lang="vi"><head><title>T</title></head><body><nav>A &amp;lt; B</nav>${body}</body></html>`;

/** What Pagefind does to make an excerpt: the indexed text with only < and > escaped. */
const pagefindExcerptHtml = (html: string) => indexedText(html).replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** What the search page shows for that excerpt HTML (innerHTML, then read as text). */
const shown = (excerptHtml: string) => indexedText(`<div data-pagefind-body>${excerptHtml}</div>`);

describe('escapeTextForPagefind', () => {
  it('makes an excerpt show "&lt;b&gt;" where the page shows it, and "<i>" where the page shows that', () => {
    const html = page('<article data-pagefind-body><p>Thẻ &lt;i&gt; và &amp;lt;b&amp;gt; &amp;copy; cùng An ninh &amp; trật tự</p></article>');
    const onPage = indexedText(html);
    expect(onPage).toBe('Thẻ <i> và &lt;b&gt; &copy; cùng An ninh & trật tự');
    expect(shown(pagefindExcerptHtml(html))).not.toBe(onPage);
    expect(shown(pagefindExcerptHtml(escapeTextForPagefind(html)))).toBe(onPage);
  });

  it('leaves metadata, filters, text outside the indexed region and a page without references as they were', () => {
    const plain = page('<article data-pagefind-body><h1>An ninh & trật tự</h1></article>');
    expect(escapeTextForPagefind(plain)).toBe(plain);
    const html = escapeTextForPagefind(
      page(
        '<article data-pagefind-body><p>&amp;lt;</p><span data-pagefind-meta="dia_ban">Xã &amp;lt;A&amp;gt;</span><span data-pagefind-filter="loai">&amp;copy;</span></article>',
      ),
    );
    expect(html).toContain('<nav>A &#x26;lt; B</nav>');
    expect(html).toContain('<span data-pagefind-meta="dia_ban">Xã &#x26;lt;A&#x26;gt;</span>');
    expect(html).toContain('<span data-pagefind-filter="loai">&#x26;copy;</span>');
  });

  it('keeps the result title as the heading reads, in explicit title metadata', () => {
    const html = escapeTextForPagefind(page('<article data-pagefind-body><h1>Viết &amp;lt;ANTT&amp;gt; thế nào</h1></article>'));
    expect(html).toContain('<span data-pagefind-meta="title[data-title]" data-title="Viết &#x26;lt;ANTT&#x26;gt; thế nào" hidden></span>');
  });
});
