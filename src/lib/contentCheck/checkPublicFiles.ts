/**
 * Nothing that could run on the site's origin is published: public/ is copied to the site
 * as it is, content/ holds what the CMS commits, and the CMS's global media folder must
 * stay empty. HTML, script, SVG and any type not listed below stop the build.
 */
import { readdir } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import { RASTER_EXTENSIONS, REFUSED_MEDIA_FOLDER } from '../cms/media';
import type { Problem } from './problem';

/** The project's own files in public/, put there on purpose (favicon.svg is served with an inert SVG policy). */
export const PROJECT_PUBLIC_FILES: readonly string[] = ['public/favicon.svg'];

/** Files that editors' computers leave behind, never published (Astro does not copy them from content/). */
const IGNORED_NAMES = new Set(['.DS_Store', '.gitkeep', 'Thumbs.db', 'desktop.ini']);

/** Types a browser may run as a page or script when opened from the site: named in the message. */
const ACTIVE_EXTENSIONS = new Set([
  '.html',
  '.htm',
  '.xhtml',
  '.xht',
  '.shtml',
  '.mht',
  '.mhtml',
  '.js',
  '.mjs',
  '.cjs',
  '.svg',
  '.svgz',
  '.xml',
  '.xsl',
  '.xslt',
  '.rss',
  '.atom',
  '.swf',
  '.wasm',
  '.php',
  '.jsp',
  '.asp',
  '.aspx',
]);

const ALLOWED: Record<string, readonly string[]> = {
  public: [...RASTER_EXTENSIONS, '.ico', '.pdf'],
  content: [...RASTER_EXTENSIONS, '.md', '.mdx', '.yml', '.yaml'],
};

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => !e.isDirectory() && !IGNORED_NAMES.has(e.name)).map((e) => join(e.parentPath, e.name));
}

function problemOf(file: string, folder: string): string | undefined {
  if (folder === REFUSED_MEDIA_FOLDER) {
    return `tệp tải lên qua thư viện "Tập tin" chung không bao giờ được đăng; hãy xoá tệp này và tải ảnh lên trong ô ảnh của bài viết hoặc mô hình (ảnh lưu cạnh bài, qua duyệt)`;
  }
  if (folder === 'public' && PROJECT_PUBLIC_FILES.includes(file)) return undefined;
  const extension = extname(file).toLowerCase();
  if (ALLOWED[folder]?.includes(extension)) return undefined;
  const kind = extension ? `loại tệp "${extension}"` : 'tệp không có đuôi';
  if (ACTIVE_EXTENSIONS.has(extension)) {
    return `${kind} có thể chạy mã (script) khi được mở trên trang nên không được đăng; hãy xoá tệp này (ảnh chỉ nhận JPG, PNG, WebP, AVIF, GIF)`;
  }
  return `${kind} không được phép trong ${folder}/: chỉ nhận ${(ALLOWED[folder] ?? []).join(', ')}; hãy xoá hoặc đổi tệp này`;
}

/** Every file under public/, content/ and the CMS's global media folder that must not be published. */
export async function checkPublicFiles(root: string): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const folder of ['public', 'content', REFUSED_MEDIA_FOLDER]) {
    for (const path of await listFiles(join(root, folder))) {
      const file = relative(root, path).split(sep).join('/');
      const message = problemOf(file, folder);
      if (message) problems.push({ file, message });
    }
  }
  return problems.sort((a, b) => a.file.localeCompare(b.file));
}
