import { describe, expect, it } from 'vitest';
import { indexedText } from '~/lib/search/indexedText';

const page = (body: string) => `<!doctype html><html lang="vi"><body><nav>Địa bàn</nav><main>${body}</main><footer>Đường dây nóng</footer></body></html>`;

describe('indexedText', () => {
  it('reads only the data-pagefind-body region, not the navigation or footer', () => {
    const html = page('<p>Lời chào</p><article data-pagefind-body><h1>Đội bảo vệ rừng</h1><p>Tuần tra</p></article>');
    expect(indexedText(html)).toBe('Đội bảo vệ rừng Tuần tra');
  });

  it('leaves out data-pagefind-ignore parts, scripts and styles', () => {
    const html = page(
      '<article data-pagefind-body><h1>Mô hình</h1><nav data-pagefind-ignore><div>Đường dẫn <div>Trang chủ</div></div></nav><script>var đ=1</script><style>p{}</style><p>Nội dung</p></article>',
    );
    expect(indexedText(html)).toBe('Mô hình Nội dung');
  });

  it('keeps the text of metadata, which Pagefind searches even inside ignored parts', () => {
    const html = page(
      '<article data-pagefind-body><h1>Mô hình</h1><div hidden data-pagefind-ignore><span data-pagefind-meta="dia_ban">xã Tràng Đà · phường Nông Tiến</span><span data-pagefind-meta="loai:Mô hình"></span></div></article>',
    );
    expect(indexedText(html)).toBe('xã Tràng Đà · phường Nông Tiến Mô hình Mô hình');
  });

  it('balances nested elements of the same tag name', () => {
    const html = page('<div data-pagefind-body><div>một</div><div>hai</div></div><div>ba</div>');
    expect(indexedText(html)).toBe('một hai');
  });

  it('reads text exactly as the page shows it: references decoded once, markup-looking text kept', () => {
    const html = page(
      '<article data-pagefind-body><p>Thẻ &lt;i&gt; và &amp;lt;i&amp;gt; &copy; &#272;&#x1ed9;i &nbsp;x</p><p>a &lt; b</p><!-- <p>ẩn</p> --></article>',
    );
    expect(indexedText(html)).toBe('Thẻ <i> và &lt;i&gt; © Đội x a < b');
  });

  it('does not split a word that inline markup runs through, but does split at blocks and line breaks', () => {
    const html = page('<article data-pagefind-body><p><b>Đ</b>ội <em>tuần</em>tra</p><p>một</p><p>hai<br>ba</p></article>');
    expect(indexedText(html)).toBe('Đội tuầntra một hai ba');
  });

  it('is not fooled by a ">" inside an attribute or by tags in a script', () => {
    const html = page('<article data-pagefind-body><p title="a > b">Đúng</p><script>document.write("<p>Sai</p>")</script></article>');
    expect(indexedText(html)).toBe('Đúng');
  });

  it('finds nothing on a page without data-pagefind-body', () => {
    expect(indexedText(page('<p>Đội</p>'))).toBe('');
  });
});
