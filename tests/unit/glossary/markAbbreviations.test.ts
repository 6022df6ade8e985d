import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import type { GlossaryTerm } from '~/lib/glossary/glossary';
import { markAbbreviations } from '~/lib/glossary/markAbbreviations';

const TERMS: GlossaryTerm[] = [
  { short: 'ANTT', expansion: 'an ninh, trật tự' },
  { short: 'UBND', expansion: 'Ủy ban nhân dân' },
  { short: 'PTNT', expansion: 'phát triển nông thôn' },
  { short: 'NN&PTNT', expansion: 'Nông nghiệp và Phát triển nông thôn' },
  { short: 'TT', expansion: 'thị trấn' },
];

/** The body HTML after marking. */
function marked(html: string, terms = TERMS): string {
  const tree = fromHtml(html, { fragment: true });
  markAbbreviations(tree, terms);
  return toHtml(tree);
}

describe('markAbbreviations', () => {
  it('wraps the first use of an abbreviation in <abbr> with its full form, and leaves later uses plain', () => {
    expect(marked('<p>Mô hình bảo đảm ANTT.</p><p>Giữ ANTT ở cơ sở.</p>')).toBe(
      '<p>Mô hình bảo đảm <abbr title="an ninh, trật tự">ANTT</abbr>.</p><p>Giữ ANTT ở cơ sở.</p>',
    );
  });

  it('marks several abbreviations of one sentence, each once, keeping every word around them', () => {
    expect(marked('<p>UBND xã phối hợp giữ ANTT; UBND huyện cũng vậy.</p>')).toBe(
      '<p><abbr title="Ủy ban nhân dân">UBND</abbr> xã phối hợp giữ <abbr title="an ninh, trật tự">ANTT</abbr>; UBND huyện cũng vậy.</p>',
    );
  });

  it('matches whole abbreviations only: not TT inside ANTT, not PTNT inside NN&PTNT, not lower-case words', () => {
    expect(marked('<p>Sở NN&amp;PTNT bảo đảm ANTT; tt và antt viết thường.</p>')).toBe(
      '<p>Sở <abbr title="Nông nghiệp và Phát triển nông thôn">NN&#x26;PTNT</abbr> bảo đảm <abbr title="an ninh, trật tự">ANTT</abbr>; tt và antt viết thường.</p>',
    );
  });

  it('does not mark inside links, headings, code or an existing <abbr>, and marks the first use after them', () => {
    const html = [
      '<h2>Bảo đảm ANTT</h2>',
      '<p><a href="/mo-hinh/">Mô hình ANTT</a> và <code>ANTT</code> và <abbr title="x">ANTT</abbr>.</p>',
      '<pre><code>UBND</code></pre>',
      '<p>Sau đó: ANTT và <strong>UBND</strong>.</p>',
    ].join('');
    expect(marked(html)).toBe(
      [
        '<h2>Bảo đảm ANTT</h2>',
        '<p><a href="/mo-hinh/">Mô hình ANTT</a> và <code>ANTT</code> và <abbr title="x">ANTT</abbr>.</p>',
        '<pre><code>UBND</code></pre>',
        '<p>Sau đó: <abbr title="an ninh, trật tự">ANTT</abbr> và <strong><abbr title="Ủy ban nhân dân">UBND</abbr></strong>.</p>',
      ].join(''),
    );
  });

  it('changes nothing when the glossary is empty or the text uses none of its terms', () => {
    const html = '<p>Không có chữ viết tắt nào.</p>';
    expect(marked(html)).toBe(html);
    expect(marked('<p>ANTT</p>', [])).toBe('<p>ANTT</p>');
  });
});
