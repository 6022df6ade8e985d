import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '~/lib/contentCheck/checkContent';
import { findBodyImages } from '~/lib/contentCheck/checkBodyImages';
import { satteriTree } from '~/lib/contentCheck/satteriTree';
import { ARTICLE_FILE, ARTICLE_ID, photo, useContentFixture } from '../../support/contentFixture';

const fixture = useContentFixture();
const ARTICLE_DIR = `content/articles/${ARTICLE_ID}`;

/** Appends Markdown to the article body and returns the file line the first appended line lands on. */
async function appendToBody(markdown: string): Promise<number> {
  const text = await fixture.read(ARTICLE_FILE);
  const withBreak = text.endsWith('\n') ? text : `${text}\n`;
  await fixture.write(ARTICLE_FILE, `${withBreak}\n${markdown}\n`);
  return withBreak.split('\n').length + 1;
}

async function messages(): Promise<string[]> {
  return (await checkContent(fixture.root)).map((p) => `${p.file}: ${p.message}`);
}

describe('findBodyImages', () => {
  it('finds inline, reference-style and raw HTML images with their lines, and nothing in code', () => {
    const body = [
      'Mở đầu ![Ảnh một](./mot.jpg "tiêu đề")', // 1
      '',
      '![Ảnh hai][hai]', // 3
      '',
      '<figure>', // 5
      '<img src="./ba.jpg"', // 6
      '     alt="Ảnh ba"><figcaption>Ba</figcaption></figure>',
      '',
      '`![không phải ảnh](./code.jpg)` và \\![cũng không](./escaped.jpg)', // 9
      '',
      '```',
      '<img src="./trong-khoi-ma.jpg">',
      '```',
      '',
      '[hai]: ./hai.jpg',
      '',
      'Chữ <img src="./bon.jpg"> giữa dòng', // 17
    ].join('\n');
    expect(findBodyImages(satteriTree(body))).toEqual([
      { src: './mot.jpg', alt: 'Ảnh một', line: 1 },
      { src: './hai.jpg', alt: 'Ảnh hai', line: 3 },
      { src: './ba.jpg', alt: 'Ảnh ba', line: 6 },
      { src: './bon.jpg', alt: undefined, line: 17 },
    ]);
  });
});

describe('checkContent: photos in the body', () => {
  it('accepts a photo beside the entry, in Markdown and in raw HTML', async () => {
    await fixture.write(`${ARTICLE_DIR}/tuan-tra.jpg`, await photo('jpeg'));
    await fixture.write(`${ARTICLE_DIR}/hop-to.png`, await photo('png'));
    await appendToBody('![Tổ tuần tra](./tuan-tra.jpg)\n\n<figure><img src="hop-to.png" alt="Họp tổ"><figcaption>Họp tổ</figcaption></figure>');
    expect(await messages()).toEqual([]);
  });

  it('refuses a photo in a subfolder: photos sit beside index.md, as the CMS saves them', async () => {
    await fixture.write(`${ARTICLE_DIR}/anh/hop-to.png`, await photo('png'));
    await appendToBody('<img src="anh/hop-to.png" alt="Họp tổ">');
    expect(await messages()).toEqual([expect.stringMatching(/"anh\/hop-to\.png" phải là tên một tệp ảnh nằm ngay cạnh bài/)]);
  });

  it('refuses a remote photo, naming the file and line and telling the editor to upload it beside the entry', async () => {
    const line = await appendToBody('![Ảnh](https://example.gov.vn/anh.jpg)');
    expect(await messages()).toEqual([
      expect.stringMatching(
        new RegExp(`^${ARTICLE_FILE}: ảnh trong nội dung, dòng ${line}: "https://example.gov.vn/anh.jpg" là ảnh trên trang khác.*tải ảnh lên cạnh bài`),
      ),
    ]);
  });

  it('refuses a missing photo with its line instead of a stack trace', async () => {
    const line = await appendToBody('Đoạn.\n\n![Ảnh bị xoá](./khong-co.jpg)');
    expect(await messages()).toEqual([expect.stringMatching(new RegExp(`dòng ${line + 2}: không tìm thấy tệp ảnh "./khong-co.jpg"`))]);
  });

  it.each([
    ['../', '![Ảnh](../anh-bia-bai-khac.jpg)'],
    ['an absolute path', '![Ảnh](/media/anh.jpg)'],
    ['an absolute path in raw HTML', '<img src="/etc/passwd.jpg" alt="Ảnh">'],
  ])('refuses a photo outside the entry folder through %s', async (_, markdown) => {
    await fixture.write('content/articles/anh-bia-bai-khac.jpg', await photo('jpeg'));
    await appendToBody(markdown);
    expect(await messages()).toEqual([expect.stringMatching(/nằm ngay cạnh bài, không ở thư mục khác; hãy tải ảnh lên cạnh bài/)]);
  });

  it('refuses a symlink that leads out of the entry folder', async () => {
    const outside = join(fixture.root, 'ngoai.jpg');
    await writeFile(outside, await photo('jpeg'));
    await symlink(outside, join(fixture.root, ARTICLE_DIR, 'lien-ket.jpg'));
    await appendToBody('![Ảnh](./lien-ket.jpg)');
    // The link itself is reported beside the entry too.
    expect(await messages()).toContainEqual(expect.stringMatching(/dòng \d+: "\.\/lien-ket\.jpg" là liên kết \(symlink\)/));
  });

  it('refuses an SVG photo, which could carry script', async () => {
    await fixture.write(`${ARTICLE_DIR}/bieu-do.svg`, '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    await appendToBody('![Biểu đồ](./bieu-do.svg)');
    expect(await messages()).toEqual([expect.stringMatching(/"\.\/bieu-do\.svg" là ảnh SVG, có thể chứa mã chạy/)]);
  });

  it('refuses a text file named like a photo', async () => {
    await fixture.write(`${ARTICLE_DIR}/gia.jpg`, 'không phải ảnh');
    await appendToBody('![Ảnh giả](./gia.jpg)');
    expect(await messages()).toEqual([expect.stringMatching(/"\.\/gia\.jpg" không phải là tệp ảnh/)]);
  });

  it.each([
    ['an empty alt', '![](./tuan-tra.jpg)'],
    ['an alt of zero-width spaces', '![\u200b\u200b](./tuan-tra.jpg)'],
    ['a raw <img> without alt', '<img src="./tuan-tra.jpg">'],
  ])('refuses a photo with %s: screen-reader users would hear nothing', async (_, markdown) => {
    await fixture.write(`${ARTICLE_DIR}/tuan-tra.jpg`, await photo('jpeg'));
    const line = await appendToBody(markdown);
    expect(await messages()).toEqual([expect.stringMatching(new RegExp(`dòng ${line}: ảnh "\\./tuan-tra\\.jpg" thiếu mô tả \\(alt\\) cho người khiếm thị`))]);
  });

  it('refuses javascript: and data: image addresses', async () => {
    await appendToBody('![a](javascript:alert(1))\n\n<img src="data:image/png;base64,iVBORw0KGgo=" alt="b">');
    expect(await messages()).toEqual([
      expect.stringMatching(/"javascript:alert\(1\)" không phải là tệp ảnh/),
      expect.stringMatching(/"data:image\/png;base64,.*" không phải là tệp ảnh/),
    ]);
  });

  it('counts lines from the top of the file, front matter included', async () => {
    await mkdir(join(fixture.root, ARTICLE_DIR), { recursive: true });
    const text = await fixture.read(ARTICLE_FILE);
    const bodyStart = text.indexOf('\n---\n') + 5;
    await fixture.write(ARTICLE_FILE, `${text.slice(0, bodyStart)}![Ảnh](./khong-co.jpg)\n${text.slice(bodyStart)}`);
    const line = text.slice(0, bodyStart).split('\n').length;
    expect(await messages()).toEqual([expect.stringContaining(`dòng ${line}: không tìm thấy tệp ảnh`)]);
  });
});
