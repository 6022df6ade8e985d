/**
 * Finds every file in the content folders and reads its front matter or YAML with the
 * project's one front-matter reader (`src/lib/frontMatter/`), reporting files the site
 * would otherwise skip without a word.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { readYaml } from '../frontMatter/readYaml';
import { splitFrontMatter } from '../frontMatter/splitFrontMatter';
import type { CollectionDef } from '../../schema/collectionTypes';
import type { CachedChecks, CachedRead, EntryCheckCache } from './entryCheckCache';
import type { Problem } from './problem';
import { FILES_AT_ONCE, mapConcurrent } from '../mapConcurrent';

export interface RawEntry {
  collection: CollectionDef;
  id: string;
  /** Absolute path. */
  path: string;
  /** Path relative to the project root, for messages. */
  file: string;
  data: Record<string, unknown>;
  body: string;
  /** 1-based line of the file on which the body starts. */
  bodyLine: number;
  /** Fields written as unquoted dates (see readYaml): allowed only in date fields. */
  dateLike: string[];
  /** Where the file's checks are kept between builds (entryCheckCache.ts), when a cache is used. */
  cache?: { key: string; read: CachedRead; checks?: CachedChecks | undefined } | undefined;
}

const IMAGE_FILE = /\.(jpe?g|png|webp|avif|gif|svg)$/i;
/** Files an operating system or git leaves beside entries; never content, never published. */
const SYSTEM_FILE = /(^|\/)(\.[^/]*|Thumbs\.db|desktop\.ini)$/i;

interface Found {
  path: string;
  /** A symbolic link (to a file or a folder): Astro would follow it out of the repository. */
  link: boolean;
}

async function walk(dir: string): Promise<Found[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const nested = await Promise.all(
    entries.map((e) => (e.isDirectory() ? walk(join(dir, e.name)) : Promise.resolve([{ path: join(dir, e.name), link: e.isSymbolicLink() }]))),
  );
  return nested.flat();
}

/** A file's front matter (or data file) as read, the body that follows it, and what is wrong with them. */
type Read = CachedRead & { body: string };

function readData(text: string, file: string): Read {
  const { data, issues, dateLike } = readYaml(text);
  const problems = issues.map((issue) => ({ file, message: issue.message }));
  return { problems, data: data && { data, bodyLine: 0, dateLike }, body: '' };
}

function readMarkdown(text: string, file: string): Read {
  const split = splitFrontMatter(text);
  if (!split.ok) return { problems: [{ file, message: split.message }], body: '' };
  const { yaml, yamlLine, body } = split.parts;
  const { data, issues, dateLike } = readYaml(yaml, yamlLine);
  const problems = issues.map((issue) => ({ file, message: issue.message }));
  return { problems, data: data && { data, bodyLine: yamlLine + (yaml.match(/\n/g)?.length ?? 0) + 1, dateLike }, body };
}

/** The body of a file whose front matter was read before (the cache keeps no bodies). */
function bodyOf(collection: CollectionDef, text: string): string {
  if (collection.shape !== 'folder') return '';
  const split = splitFrontMatter(text);
  return split.ok ? split.parts.body : '';
}

/** The id an entry file's path inside its collection folder gives, or undefined when it is not an entry file. */
function entryId(collection: CollectionDef, inside: string): string | undefined {
  if (collection.shape === 'file') return inside === `${collection.file}.yml` ? collection.file : undefined;
  return (collection.shape === 'folder' ? /^([^/]+)\/index\.md$/ : /^([^/]+)\.ya?ml$/).exec(inside)?.[1];
}

/** Why a stray file in a collection folder is not published. */
function layoutRule(collection: CollectionDef): string {
  if (collection.shape === 'file') return `${collection.noun} chỉ đọc từ tệp ${collection.dir}/${collection.file}.yml (ảnh đặt cạnh tệp đó)`;
  const layout = collection.shape === 'folder' ? `${collection.dir}/<tên-không-dấu>/index.md` : `một tệp ${collection.dir}/<mã>.yml`;
  return `mỗi ${collection.noun} phải là ${layout}`;
}

export async function readEntries(root: string, collection: CollectionDef, problems: Problem[], cache?: EntryCheckCache): Promise<RawEntry[]> {
  const base = join(root, collection.dir);
  const found = (await walk(base))
    .sort((a, b) => (a.path < b.path ? -1 : 1))
    .map((f) => {
      const inside = relative(base, f.path).replace(/\\/g, '/');
      return { ...f, inside, id: entryId(collection, inside) };
    });
  // The entry files are read a few at a time (one after another, a 10,000-entry check waited
  // on the disk most of its time), then handled in path order, so problems keep their order.
  const texts = await mapConcurrent(found, FILES_AT_ONCE, async ({ path, link, id }) => (link || !id ? undefined : readFile(path, 'utf8')));
  const entries: RawEntry[] = [];
  found.forEach(({ path, link, inside, id }, i) => {
    const file = relative(root, path);
    if (SYSTEM_FILE.test(inside) || inside.endsWith('README.md')) return;
    if (link) {
      problems.push({ file, message: 'đây là liên kết (symlink) tới nơi khác; hãy đặt chính tệp vào thư mục này' });
      return;
    }
    // Photos sit beside a folder entry's index.md, or beside the one settings file.
    if (collection.shape !== 'data' && !id && IMAGE_FILE.test(inside)) return;
    const text = texts[i];
    if (!id || text === undefined) {
      problems.push({ file, message: `tệp này sẽ không được đăng: ${layoutRule(collection)}` });
      return;
    }
    if (text.includes('\uFFFD')) {
      // Invalid UTF-8 is read as U+FFFD: saving again would replace the letters for good.
      problems.push({ file, message: 'tệp không lưu bằng bảng mã UTF-8 (có ký tự lỗi mã); hãy mở bằng trình soạn thảo và lưu lại dạng UTF-8' });
      return;
    }
    const key = cache?.key(collection.name, file, text);
    const cached = key === undefined ? undefined : cache?.get(key);
    const read: CachedRead & { body?: string } = cached?.read ?? (collection.shape === 'folder' ? readMarkdown(text, file) : readData(text, file));
    problems.push(...read.problems);
    if (!read.data) return;
    const body = read.body ?? bodyOf(collection, text);
    const kept = key === undefined ? undefined : { key, read: { problems: read.problems, data: read.data }, checks: cached?.checks };
    entries.push({ collection, id, path, file, ...read.data, body, cache: kept });
  });
  return entries;
}
