/**
 * Clumsy and hostile things an editor can type into a Markdown body, each with the text a
 * reader must then see on the page, exactly as typed. Every case is followed on the page by
 * a marker paragraph that must stay an ordinary, visible paragraph: nothing a case leaves
 * open (a tag, a comment, a table) may fold, bold, link or swallow what comes after it.
 */
export interface BodyCase {
  /** What the editor wrote, in a few words (used as the test title). */
  name: string;
  markdown: string;
  /** Text the reader must see, each string as typed. */
  shows: string[];
}

const longWord = 'Ngườiviếtdínhliềnkhôngcódấucách'.repeat(8);

export const BODY_CASES: readonly BodyCase[] = [
  { name: 'an unknown tag in a sentence', markdown: 'Lực lượng <ANTT> cơ sở', shows: ['Lực lượng <ANTT> cơ sở'] },
  { name: 'an unknown closing tag', markdown: 'Tổ <CAND>số 3</CAND> trực đêm', shows: ['Tổ <CAND>số 3</CAND> trực đêm'] },
  { name: 'a tag-like word with Vietnamese letters', markdown: 'Đội <Tự quản> số 3 và <Đội 1>', shows: ['Đội <Tự quản> số 3 và <Đội 1>'] },
  { name: 'an unclosed <b>', markdown: 'Chữ <b>đậm chưa đóng', shows: ['Chữ đậm chưa đóng'] },
  { name: 'an unclosed <i> inside emphasis', markdown: '*nghiêng <i>lồng chưa đóng*', shows: ['nghiêng lồng chưa đóng'] },
  { name: 'an unclosed <a> link', markdown: 'Xem <a href="https://congan.tuyenquang.gov.vn/">trang công an', shows: ['Xem trang công an'] },
  { name: 'an unclosed <details>', markdown: '<details>\n<summary>Xem thêm</summary>\n\nNội dung bên trong.', shows: ['Xem thêm'] },
  {
    name: 'a closed <details> around Markdown',
    markdown: '<details open>\n<summary>Chi tiết</summary>\n\nĐoạn **đậm** bên trong.\n\n</details>',
    shows: ['Chi tiết', 'Đoạn đậm bên trong.'],
  },
  { name: 'an unclosed <div>', markdown: '<div>\nKhối chưa đóng', shows: ['Khối chưa đóng'] },
  { name: 'an unclosed raw <table>', markdown: '<table><tr><td>Ô chưa đóng', shows: ['Ô chưa đóng'] },
  {
    name: 'nested raw tables',
    markdown: '<table><tr><td><table><tr><td>Bảng trong</td></tr></table></td><td>Bảng ngoài</td></tr></table>',
    shows: ['Bảng trong', 'Bảng ngoài'],
  },
  {
    name: 'a malformed <form><math> (mutation XSS)',
    markdown: '<form><math><mtext></form><form><mglyph><style></math><b>đậm',
    shows: ['<form><math><mtext></form><form><mglyph><style></math>đậm'],
  },
  {
    name: 'an <iframe> embed',
    markdown: '<iframe src="https://www.youtube.com/embed/x"></iframe>',
    shows: ['<iframe src="https://www.youtube.com/embed/x"></iframe>'],
  },
  { name: 'a <style> block', markdown: '<style>body { display: none }</style>', shows: ['<style>body { display: none }</style>'] },
  { name: 'a <script> in a sentence', markdown: 'Trước <script>alert(1)</script> sau', shows: ['Trước <script>alert(1)</script> sau'] },
  { name: 'a <plaintext> tag', markdown: '<plaintext>mọi thứ sau đây', shows: ['<plaintext>mọi thứ sau đây'] },
  { name: 'a <textarea> closed on its line', markdown: '<textarea>ô nhập</textarea>', shows: ['<textarea>ô nhập</textarea>'] },
  { name: 'an unclosed <title> and <xmp>', markdown: '<title>tiêu đề <xmp>mẫu', shows: ['<title>tiêu đề <xmp>mẫu'] },
  { name: 'a tag cut off at the end of the block', markdown: '<div>\n<img src="x" onerror="alert(1)"', shows: ['<img src="x" onerror="alert(1)"'] },
  { name: 'a javascript: link', markdown: '[bấm vào đây](javascript:alert(1))', shows: ['bấm vào đây'] },
  { name: 'a closed HTML comment (an editor\u2019s hidden note)', markdown: 'Hiện <!-- ghi chú ẩn --> tiếp', shows: ['Hiện tiếp'] },
  { name: 'escaped entities', markdown: '&lt;script&gt;alert(1)&lt;/script&gt; &amp; &copy; &#272;', shows: ['<script>alert(1)</script> & © Đ'] },
  {
    name: 'an entity written out in full',
    markdown: 'Từ khoá thửtìmkiếm viết &amp;lt;i&amp;gt; và &lt;b&gt;',
    shows: ['Từ khoá thửtìmkiếm viết &lt;i&gt; và <b>'],
  },
  { name: 'comparison signs', markdown: '5 < 6 và 7 > 3, a<b', shows: ['5 < 6 và 7 > 3, a<b'] },
  { name: 'a tag inside inline code', markdown: 'Gõ `<ANTT>` như vậy', shows: ['Gõ <ANTT> như vậy'] },
  {
    name: 'a CDATA section and a processing instruction',
    markdown: '<![CDATA[ dữ liệu ]]> và <?php echo 1; ?>',
    shows: ['<![CDATA[ dữ liệu ]]> và <?php echo 1; ?>'],
  },
  { name: 'a doctype', markdown: '<!DOCTYPE html>', shows: ['<!DOCTYPE html>'] },
  { name: 'emoji and combining marks', markdown: 'Cờ 🇻🇳, cán bộ 👮🏽‍♀️, x\u0302 và y\u0310', shows: ['Cờ 🇻🇳, cán bộ 👮🏽‍♀️, x\u0302 và y\u0310'] },
  { name: 'a very long word', markdown: longWord, shows: [longWord] },
  {
    name: '<br> in every spelling',
    markdown: 'Dòng một<br>Dòng hai<br/>Dòng ba<BR >Dòng bốn<br />Dòng năm',
    shows: ['Dòng một\nDòng hai\nDòng ba\nDòng bốn\nDòng năm'],
  },
  { name: 'a table cell with an escaped pipe', markdown: '| Cột | Giá trị |\n|---|---|\n| a \\| b | 1 |', shows: ['a | b'] },
  {
    name: 'autolinks',
    markdown: 'Xem <https://congan.tuyenquang.gov.vn/> hoặc www.tuyenquang.gov.vn',
    shows: ['https://congan.tuyenquang.gov.vn/', 'www.tuyenquang.gov.vn'],
  },
  {
    name: 'an attribute with an event handler on an allowed tag',
    markdown: '<p onclick="alert(1)" style="display:none">Đoạn có thuộc tính lạ</p>',
    shows: ['Đoạn có thuộc tính lạ'],
  },
  { name: 'a stray closing tag', markdown: 'Đóng thừa </b></details></div> vẫn đọc được', shows: ['Đóng thừa', 'vẫn đọc được'] },
];

/** The marker paragraph written after case `index`. */
export const markerAfter = (index: number) => `Đoạn kiểm tra sau mục ${index + 1}.`;

/** One body holding every case, each followed by its marker paragraph. */
export function hostileBody(cases: readonly BodyCase[] = BODY_CASES): string {
  return cases.map((c, i) => `${c.markdown}\n\n${markerAfter(i)}\n`).join('\n');
}
