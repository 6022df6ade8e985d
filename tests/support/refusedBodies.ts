/**
 * Markdown bodies the build must refuse (each with the words its message must hold) and
 * bodies it must accept, with the files beside the entry each one needs. The content check
 * and the CMS's save hook are both held to this list (tests/unit/cms/bodyAgreement.test.ts),
 * so what the CMS saves is what the build publishes. Grow it with every new way found.
 */
import { BODY_CASES, hostileBody } from './hostileBodies';

/** A file beside index.md: a real photo, an SVG with script, or any other text. */
export type BesideFile = 'jpeg' | 'png' | 'svg' | 'text';

export interface BodySample {
  name: string;
  body: string;
  /** Files in the entry's folder (besides its cover), by name. */
  files?: Record<string, BesideFile>;
  /** The entry whose body it is: an article (body required, the default) or a model profile (optional). */
  entry?: 'article' | 'model';
}

export interface RefusedBody extends BodySample {
  /** Words the message must contain, in order. */
  words: string[];
}

export const REFUSED_BODIES: readonly RefusedBody[] = [
  // Raw HTML the engine would let swallow the rest of the article.
  { name: 'an unclosed HTML comment', body: 'Mở đầu.\n\n<!-- ghi chú chưa đóng\n\nĐoạn cuối.', words: ['dòng', '"<!--" mở một khối HTML', 'hãy thêm "-->"'] },
  { name: 'an unclosed <pre>', body: 'Mở đầu.\n\n<pre>\nmã chưa đóng\n\nĐoạn cuối.', words: ['"<pre"', '"</pre>"'] },
  { name: 'a <script> closed in capitals', body: '<SCRIPT>x</SCRIPT>\n\nĐoạn sau.', words: ['"<SCRIPT"', '"</script>" (viết thường)'] },
  { name: 'a <pre> closed in capitals on a later line', body: '<pre>\nmã\n</PRE>\n\nĐoạn sau.', words: ['"<pre"', '"</pre>"'] },
  { name: 'an unclosed <textarea>', body: '<textarea>ô nhập\n\nĐoạn sau.', words: ['"<textarea"', '"</textarea>"'] },
  { name: 'an unclosed processing instruction', body: '<?php echo 1;\n\nĐoạn sau.', words: ['"<?"', '"?>"'] },
  { name: 'an unclosed CDATA section', body: '<![CDATA[ dữ liệu\n\nĐoạn sau.', words: ['"<![CDATA["', '"]]>"'] },
  { name: 'an unclosed comment inside a quote', body: '> Trích:\n>\n> <!-- chưa đóng\n>\n> tiếp\n\nSau.', words: ['dòng', '"<!--"'] },
  { name: 'an unclosed comment inside a list item', body: '- mục một\n\n  <!-- chưa đóng\n\n  tiếp\n\nSau.', words: ['"<!--"'] },
  // Nesting deeper than the engine renders.
  { name: 'quotes nested 300 deep', body: `Mở đầu.\n\n${'> '.repeat(300)}Trích dẫn lồng nhau`, words: ['lồng nhau quá 40 lớp'] },
  { name: 'lists nested 100 deep', body: `Mở đầu.\n\n${'- '.repeat(100)}mục`, words: ['lồng nhau quá 40 lớp'] },
  { name: 'emphasis nested 100 deep', body: `Mở đầu.\n\n${'*'.repeat(100)}chữ${'*'.repeat(100)}`, words: ['lồng nhau quá 40 lớp'] },
  { name: '<div> nested 300 deep in one block', body: `Mở đầu.\n\n${'<div>'.repeat(300)}`, words: ['lồng nhau quá 40 lớp'] },
  { name: '<div> blocks each closed by a later block, 60 deep', body: `${'<div>\n\n'.repeat(60)}x\n\n${'</div>\n\n'.repeat(60)}`, words: ['lồng nhau quá'] },
  // Photos that are not a described file beside index.md.
  {
    name: 'a photo in the parent folder',
    body: '![Ảnh](../anh-bia-bai-khac.jpg)',
    words: ['"../anh-bia-bai-khac.jpg" phải là tên một tệp ảnh nằm ngay cạnh bài'],
  },
  { name: 'a photo by absolute path in raw HTML', body: '<img src="/media/anh.jpg" alt="Ảnh">', words: ['"/media/anh.jpg"', 'ngay cạnh bài'] },
  { name: 'a photo in a subfolder', body: '![Họp tổ](anh/hop-to.png)', words: ['"anh/hop-to.png"', 'ngay cạnh bài'] },
  { name: 'a photo on another site', body: '![Ảnh](https://example.gov.vn/anh.jpg)', words: ['ảnh trên trang khác', 'tải ảnh lên cạnh bài'] },
  { name: 'a photo never uploaded', body: 'Đoạn.\n\n![Ảnh bị xoá](./khong-co.jpg)', words: ['dòng', 'không tìm thấy tệp ảnh "./khong-co.jpg"'] },
  { name: 'a reference-style photo never uploaded', body: '![Ảnh][mot]\n\n[mot]: ./mot.jpg', words: ['không tìm thấy tệp ảnh "./mot.jpg"'] },
  {
    name: 'javascript: and data: photo addresses',
    body: '![a](javascript:alert(1))\n\n<img src="data:image/png;base64,iVBORw0KGgo=" alt="b">',
    words: ['không phải là tệp ảnh'],
  },
  { name: 'an SVG photo, which could carry script', body: '![Biểu đồ](./bieu-do.svg)', files: { 'bieu-do.svg': 'svg' }, words: ['là ảnh SVG'] },
  { name: 'a document shown as a photo', body: '![Tài liệu](./tai-lieu.pdf)', files: { 'tai-lieu.pdf': 'text' }, words: ['không phải loại ảnh được nhận'] },
  { name: 'a photo tag with no address', body: 'Ảnh: <img alt="Ảnh">', words: ['không ghi đường dẫn ảnh'] },
  { name: 'a photo address with a broken %-escape', body: '![Ảnh](./anh%E0.jpg)', words: ['mã %… không hợp lệ'] },
  { name: 'a photo without a description', body: '![](./tuan-tra.jpg)', files: { 'tuan-tra.jpg': 'jpeg' }, words: ['thiếu mô tả (alt)'] },
  { name: 'a description of zero-width spaces', body: '![\u200b\u200b](./tuan-tra.jpg)', files: { 'tuan-tra.jpg': 'jpeg' }, words: ['thiếu mô tả (alt)'] },
  { name: 'a raw <img> without alt', body: 'Chữ <img src="./tuan-tra.jpg"> giữa dòng', files: { 'tuan-tra.jpg': 'jpeg' }, words: ['thiếu mô tả (alt)'] },
  // Text nobody sees.
  { name: 'a control character', body: 'Mở đầu.\n\nNhờ\u0000 vậy.', words: ['dòng', 'ký tự điều khiển ẩn'] },
  { name: 'a right-to-left override', body: 'Tác giả: Hoàng\u202E Mai', words: ['dòng', 'đảo chiều chữ'] },
  { name: 'letters not in NFC', body: 'Mở đầu.\n\nHo\u0300ng Thi\u0323 Mai', words: ['dòng', 'NFC'] },
  { name: 'an article with no body', body: '  \n', words: ['bài viết chưa có nội dung'] },
];

export const ACCEPTED_BODIES: readonly BodySample[] = [
  ...BODY_CASES.map((c) => ({ name: `hostile but harmless: ${c.name}`, body: c.markdown })),
  { name: 'every harmless hostile case in one body', body: hostileBody() },
  {
    name: 'photos beside the entry, in Markdown, by reference and in raw HTML',
    body: '![Tổ tuần tra](./tuan-tra.jpg)\n\n![Họp tổ][hop]\n\n<figure><img src="hop-to.png" alt="Họp tổ"><figcaption>Họp tổ</figcaption></figure>\n\n[hop]: hop-to.png',
    files: { 'tuan-tra.jpg': 'jpeg', 'hop-to.png': 'png' },
  },
  { name: 'a photo named with %-escapes', body: '![Ảnh họp](./%E1%BA%A3nh-hop.jpg)', files: { 'ảnh-hop.jpg': 'jpeg' } },
  {
    name: 'photos in code, escaped or inline code',
    body: '`![x](./khong-co.jpg)` và \\![y](./khong-co.jpg)\n\n```\n<img src="../x.jpg">\n<!-- trong khối mã\n```',
  },
  {
    name: 'comments and <pre> closed where they should be',
    body: '<!-- ghi chú\nnhiều dòng\n\nvẫn đóng -->\n\nChữ <!-- trong dòng --> tiếp\n\n<pre>\nmã\n</pre>\n\nSau.',
  },
  { name: 'ordinary nesting', body: '> Trích\n>\n> - mục **đậm *nghiêng***\n>   - mục con\n\n<details><summary>x</summary><div><b>y</b></div></details>' },
  { name: 'many unclosed <div> side by side, each in its own block', body: '<div>\n\n'.repeat(300) },
  { name: 'emoji joined by zero-width joiners', body: 'Gia đình 👨‍👩‍👧 tự quản' },
  { name: 'a model profile with no body', body: '', entry: 'model' },
];
