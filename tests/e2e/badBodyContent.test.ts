/**
 * Builds the real site with articles whose bodies cannot be published as written (photos
 * missing, remote, outside the entry folder, SVG, fake, without alt; an HTML comment that
 * would hide the rest; nesting deeper than the Markdown engine renders) and checks that the build stops before writing any page, naming
 * each file and the line to fix, in Vietnamese and without a stack trace.
 */
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, copyProject, removeDir, TEST_BUILDS } from '../support/buildSite';
import { photo } from '../support/contentFixture';

const FRONT = (title: string) =>
  `---\ntitle: "${title}"\ndescription: "Bài thử nội dung hỏng."\npublishDate: 2026-11-25\nauthor: "Người thử"\nauthorUnit: "Đơn vị thử"\n---\n\nĐoạn mở đầu.\n\n`;
/** Line of the first body line after FRONT's opening paragraph. */
const FIRST_LINE = FRONT('x').split('\n').length;

/** Folder name → body written after the opening paragraph, and what the error must say. */
const BROKEN: Record<string, { body: string; says: RegExp }> = {
  'anh-bi-xoa': { body: '![Ảnh bị xoá](./khong-co.jpg)', says: /không tìm thấy tệp ảnh "\.\/khong-co\.jpg"/ },
  'anh-tren-mang': { body: '![Ảnh](https://example.com/anh.jpg)', says: /"https:\/\/example\.com\/anh\.jpg" là ảnh trên trang khác.*hãy tải ảnh lên cạnh bài/ },
  'anh-ngoai-thu-muc': { body: '![Ảnh](../anh-chung.jpg)', says: /"\.\.\/anh-chung\.jpg" phải là tên một tệp ảnh nằm ngay cạnh bài/ },
  'anh-duong-dan-tuyet-doi': { body: '<img src="/media/anh.jpg" alt="Ảnh">', says: /"\/media\/anh\.jpg" phải là tên một tệp ảnh nằm ngay cạnh bài/ },
  'anh-svg': { body: '![Biểu đồ](./bieu-do.svg)', says: /"\.\/bieu-do\.svg" là ảnh SVG, có thể chứa mã chạy/ },
  'anh-gia': { body: '![Ảnh](./gia.jpg)', says: /"\.\/gia\.jpg" không phải là tệp ảnh/ },
  'anh-thieu-mo-ta': { body: '![](./that.jpg)', says: /ảnh "\.\/that\.jpg" thiếu mô tả \(alt\) cho người khiếm thị/ },
  'chu-thich-chua-dong': { body: '<!-- ghi chú chưa đóng\n\nĐoạn cuối.', says: /"<!--" mở một khối HTML không được đóng bằng "-->"/ },
  'long-nhau-qua-sau': { body: `${'> '.repeat(300)}Trích dẫn lồng nhau`, says: /lồng nhau quá \d+ lớp/ },
};

const filesIn = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir, { recursive: true, encoding: 'utf8' }) : []);

describe('a build with bodies that cannot be published as written', () => {
  let copy: string;
  let outDir: string;
  let message = '';
  beforeAll(async () => {
    copy = await copyProject();
    await mkdir(TEST_BUILDS, { recursive: true });
    outDir = await mkdtemp(join(TEST_BUILDS, 'bad-body-'));
    await writeFile(join(copy, 'content/articles/anh-chung.jpg'), await photo('jpeg'));
    for (const [folder, { body }] of Object.entries(BROKEN)) {
      const dir = join(copy, 'content/articles', folder);
      await mkdir(dir);
      await writeFile(join(dir, 'index.md'), `${FRONT(`Bài thử ${folder}`)}${body}\n`);
    }
    const articles = join(copy, 'content/articles');
    await writeFile(join(articles, 'anh-svg/bieu-do.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    await writeFile(join(articles, 'anh-gia/gia.jpg'), 'đây không phải ảnh');
    await writeFile(join(articles, 'anh-thieu-mo-ta/that.jpg'), await photo('jpeg'));
    const error: unknown = await buildSite(copy, outDir).then(
      () => undefined,
      (e: unknown) => e,
    );
    message = error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : '';
  }, 300_000);
  afterAll(async () => {
    await removeDir(copy);
    await removeDir(outDir);
  });

  it.each(Object.entries(BROKEN))('stops and names %s/index.md, the line and what to do', (folder, { says }) => {
    const line = message.split('\n').find((l) => l.includes(`content/articles/${folder}/index.md:`));
    expect(line).toBeDefined();
    expect(line).toContain(`dòng ${FIRST_LINE}:`);
    expect(line).toMatch(says);
  });

  it('writes no page and shows no stack trace', () => {
    expect(message).toContain('trang chưa được dựng');
    expect(message).not.toMatch(/\n\s+at .*\.(ts|js|mjs):\d+/);
    expect(filesIn(outDir).filter((f) => f.endsWith('.html'))).toEqual([]);
  });
});
