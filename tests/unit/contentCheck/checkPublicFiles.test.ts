import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkPublicFiles } from '~/lib/contentCheck/checkPublicFiles';
import { PROJECT_ROOT } from '../../support/buildSite';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'public-files-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function put(...files: string[]) {
  for (const file of files) {
    await mkdir(dirname(join(root, file)), { recursive: true });
    await writeFile(join(root, file), 'x');
  }
}

describe('checkPublicFiles: nothing that could run on the site is published', () => {
  it('accepts the project as it is', async () => {
    expect(await checkPublicFiles(PROJECT_ROOT)).toEqual([]);
  });

  it('accepts entries, data, photos, the project favicon and the files computers leave behind', async () => {
    await put('public/favicon.svg', 'public/anh/logo.png', 'public/van-ban.pdf', 'content/articles/a/index.md', 'content/articles/a/anh.webp');
    await put('content/localities/xa.yml', 'content/articles/a/.DS_Store', 'content/models/.gitkeep', 'cms-uploads/.gitkeep');
    expect(await checkPublicFiles(root)).toEqual([]);
  });

  it('refuses HTML, script and SVG in public/ and content/, naming each file and why', async () => {
    await put('public/media/bao-cao.html', 'public/media/tien-ich.js', 'public/logo.svg', 'content/articles/a/so-do.svg', 'content/models/b/trang.htm');
    const problems = await checkPublicFiles(root);
    expect(problems.map((p) => p.file)).toEqual([
      'content/articles/a/so-do.svg',
      'content/models/b/trang.htm',
      'public/logo.svg',
      'public/media/bao-cao.html',
      'public/media/tien-ich.js',
    ]);
    for (const problem of problems)
      expect(problem.message).toMatch(/^loại tệp "\.\w+" có thể chạy mã \(script\) khi được mở trên trang nên không được đăng; hãy xoá tệp này/);
  });

  it('refuses any other type not on the list, saying what is accepted', async () => {
    await put('content/articles/a/bien-ban.docx', 'public/README');
    expect(await checkPublicFiles(root)).toEqual([
      {
        file: 'content/articles/a/bien-ban.docx',
        message: expect.stringMatching(/^loại tệp "\.docx" không được phép trong content\/: chỉ nhận \.jpg, .*\.md/),
      },
      { file: 'public/README', message: expect.stringMatching(/^tệp không có đuôi không được phép trong public\//) },
    ]);
  });

  it('refuses every file in the global media folder, even a real photo, pointing to the entry photo field', async () => {
    await put('cms-uploads/anh.jpg');
    expect(await checkPublicFiles(root)).toEqual([
      { file: 'cms-uploads/anh.jpg', message: expect.stringMatching(/thư viện "Tập tin" chung không bao giờ được đăng.*ô ảnh của bài viết/) },
    ]);
  });
});
