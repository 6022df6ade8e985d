import { describe, expect, it } from 'vitest';
import { markDForIndex, restoreD, withDForIndex } from '~/lib/search/markDForIndex';

describe('markDForIndex', () => {
  it('writes each đ of the indexed text as d with a mark Pagefind strips, and restoreD gives it back', () => {
    const html = '<html><body><main data-pagefind-body><h1>Đội bảo vệ xã Tràng Đà</h1></main></body></html>';
    const marked = markDForIndex(html);
    expect(marked).toContain('<h1>D\u031Bội bảo vệ xã Tràng D\u031Bà</h1>');
    expect(restoreD(marked)).toContain('<h1>Đội bảo vệ xã Tràng Đà</h1>');
    expect(restoreD(marked)).not.toMatch(/\u031B/);
    expect('D\u031Bội'.normalize('NFD').replace(/\p{M}/gu, '')).toBe('Doi'); // what Pagefind indexes
  });

  it('leaves filters, metadata and scripts as written: their values are shown and matched as they are', () => {
    const html =
      '<html><body><main data-pagefind-body><span data-pagefind-filter="dia-ban">xã Tràng Đà</span><span data-pagefind-meta="ngay">Đà</span><script>"đ"</script></main></body></html>';
    const marked = markDForIndex(html);
    expect(marked).not.toMatch(/\u031B/);
    expect(marked).toContain('<span data-pagefind-filter="dia-ban">xã Tràng Đà</span>');
  });

  it('spells a query the way the index holds it', () => {
    expect(withDForIndex('Đội đặc nhiệm')).toBe('Dội dặc nhiệm');
  });
});
