import { describe, expect, it } from 'vitest';
import { pageRecord } from '~/lib/search/pageRecord';

const html = `<!doctype html><html><head><title>Trang X</title></head><body>
<nav>Trang chủ</nav>
<article data-pagefind-body>
  <h1>Mô hình “Tự quản <b>ANTT</b>”</h1>
  <p>Đội bảo vệ rừng &amp; nhân dân.</p>
  <div hidden data-pagefind-ignore>
    <span data-pagefind-filter="loai" data-pagefind-meta="loai">Mô hình</span>
    <span data-pagefind-filter="dia-ban">xã Tràng Đà</span>
    <span data-pagefind-filter="dia-ban">phường Nông Tiến</span>
    <span data-pagefind-meta="dia-ban">xã Tràng Đà · phường Nông Tiến</span>
    <span data-pagefind-meta="ngay">2021-10</span>
    <span data-pagefind-sort="date">2021-10</span>
    <span data-pagefind-meta="image[data-src]" data-src="/_astro/a.webp"></span>
  </div>
</article></body></html>`;

describe('pageRecord', () => {
  it('reads the title, facets, card metadata, date and shown text of an indexed page', () => {
    const record = pageRecord(html, '/mo-hinh/x/')!;
    expect(record.title).toBe('Mô hình “Tự quản ANTT”');
    expect(record.filters).toEqual({ loai: ['Mô hình'], 'dia-ban': ['xã Tràng Đà', 'phường Nông Tiến'] });
    expect(record.meta).toEqual({ loai: 'Mô hình', 'dia-ban': 'xã Tràng Đà · phường Nông Tiến', ngay: '2021-10', image: '/_astro/a.webp' });
    expect(record.sort).toBe('2021-10');
    expect(record.text).toBe('Mô hình “Tự quản ANTT” Đội bảo vệ rừng & nhân dân.');
    expect(record.text).not.toContain('Trang chủ');
  });

  it('makes the page searchable by its places and by the other forms of its abbreviations', () => {
    const record = pageRecord(html, '/mo-hinh/x/', [{ short: 'ANTT', long: ['an ninh trật tự'], source: 'test' }])!;
    expect(record.searchable).toContain('xã Tràng Đà');
    expect(record.searchable).toContain('an ninh trật tự');
  });

  it('skips a page without an indexed region', () => {
    expect(pageRecord('<html><body><p>Giới thiệu</p></body></html>', '/gioi-thieu/')).toBeUndefined();
  });
});
