import { describe, expect, it } from 'vitest';
import { FOLDED_META_KEY, withFoldedMeta } from '~/lib/search/withFoldedMeta';

describe('withFoldedMeta', () => {
  it('adds the folded đ-words as hidden metadata before </body>, leaving the page as it was', () => {
    const html = '<html><body><article data-pagefind-body><h1>Đội bảo vệ rừng xã Tràng Đà</h1></article></body></html>';
    expect(withFoldedMeta(html)).toBe(
      `<html><body><article data-pagefind-body><h1>Đội bảo vệ rừng xã Tràng Đà</h1></article><span data-pagefind-meta="${FOLDED_META_KEY}:doi da" hidden></span></body></html>`,
    );
  });

  it('leaves a page without đ-words untouched', () => {
    const html = '<html><body><article data-pagefind-body><h1>Cửa hàng xăng dầu</h1></article></body></html>';
    expect(withFoldedMeta(html)).toBe(html);
  });
});
