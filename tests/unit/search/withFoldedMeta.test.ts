import { describe, expect, it } from 'vitest';
import { EXACT_META_KEY, FOLDED_META_KEY, withFoldedMeta } from '../../../src/lib/search/withFoldedMeta';

describe('withFoldedMeta', () => {
  it('adds the folded đ-words and the marked tokens as hidden metadata before </body>, leaving the page as it was', () => {
    const html = '<html><body><article data-pagefind-body><h1>Đội xã Tràng Đà</h1></article></body></html>';
    expect(withFoldedMeta(html)).toBe(
      '<html><body><article data-pagefind-body><h1>Đội xã Tràng Đà</h1></article>' +
        `<span data-pagefind-meta="${FOLDED_META_KEY}:doi da" hidden></span>` +
        `<span data-pagefind-meta="${EXACT_META_KEY}:ddooij xax ddooijxax trangf xaxtrangf ddaf trangfddaf" hidden></span></body></html>`,
    );
  });

  it('adds no folded words to a page without đ-words', () => {
    const html = '<html><body><article data-pagefind-body><h1>Cửa hàng</h1></article></body></html>';
    expect(withFoldedMeta(html)).not.toContain(FOLDED_META_KEY);
  });

  it('leaves a page with nothing indexed untouched', () => {
    const html = '<html><body><p>Cửa hàng</p></body></html>';
    expect(withFoldedMeta(html)).toBe(html);
  });
});
