import { describe, expect, it } from 'vitest';
import { ALIAS_META_KEY, EXACT_META_KEY, FOLDED_META_KEY, withHiddenSearchMeta } from '~/lib/search/withHiddenSearchMeta';

describe('withHiddenSearchMeta', () => {
  it('adds the folded đ-words and the marked tokens as hidden metadata before </body>, leaving the page as it was', () => {
    const html = '<html><body><article data-pagefind-body><h1>Đội xã Tràng Đà</h1></article></body></html>';
    expect(withHiddenSearchMeta(html)).toBe(
      '<html><body><article data-pagefind-body><h1>Đội xã Tràng Đà</h1></article>' +
        `<span data-pagefind-meta="${FOLDED_META_KEY}:doi da" hidden></span>` +
        `<span data-pagefind-meta="${EXACT_META_KEY}:ddooij xax ddooijxax trangf xaxtrangf ddaf trangfddaf" hidden></span></body></html>`,
    );
  });

  it('indexes the other forms of the page’s abbreviations, searchable by their marks too', () => {
    const html = '<html><body><main data-pagefind-body><p>Đảm bảo ANTT</p></main></body></html>';
    const out = withHiddenSearchMeta(html, [{ short: 'ANTT', long: ['an ninh trật tự'], source: 'x' }]);
    expect(out).toContain(`data-pagefind-meta="${ALIAS_META_KEY}:an ninh trật tự"`);
    expect(out).toMatch(/v_exact:[^"]*\btraatjtuwj\b/);
  });

  it('leaves a page with nothing indexed untouched', () => {
    const html = '<html><body><p>Cửa hàng</p></body></html>';
    expect(withHiddenSearchMeta(html)).toBe(html);
  });
});
