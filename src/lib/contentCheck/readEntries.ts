/**
 * Finds every file in the content folders and parses its front matter or YAML,
 * reporting files the site would otherwise skip without a word.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import yaml from 'js-yaml';
import type { CollectionDef } from '../../schema/collectionTypes';
import type { Problem } from './problem';

export interface RawEntry {
  collection: CollectionDef;
  id: string;
  /** Absolute path. */
  path: string;
  /** Path relative to the project root, for messages. */
  file: string;
  data: Record<string, unknown>;
  body: string;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;
const IMAGE_FILE = /\.(jpe?g|png|webp|avif|gif|svg)$/i;

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const nested = await Promise.all(
    entries.map((e) => (e.isDirectory() ? walk(join(dir, e.name)) : Promise.resolve([join(dir, e.name)]))),
  );
  return nested.flat();
}

function parseYaml(text: string, file: string, problems: Problem[]): Record<string, unknown> | undefined {
  try {
    // Dates stay the text written: js-yaml's own timestamps turn 2021-02-30 into 2 March
    // without a word (Astro reads them so), and the schema must see the date as typed.
    const data = yaml.load(text, { schema: yaml.CORE_SCHEMA });
    if (data === undefined || data === null) return {};
    if (typeof data !== 'object' || Array.isArray(data)) {
      problems.push({ file, message: 'phần thông tin (front matter) phải là các cặp "tên: giá trị"' });
      return undefined;
    }
    return data as Record<string, unknown>;
  } catch (error) {
    const mark = (error as { mark?: { line: number; column: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? String(error);
    const where = mark ? ` (dòng ${mark.line + 1}, cột ${mark.column + 1} của phần thông tin)` : '';
    problems.push({ file, message: `phần thông tin (YAML) viết sai cú pháp${where}: ${reason}` });
    return undefined;
  }
}

export async function readEntries(root: string, collection: CollectionDef, problems: Problem[]): Promise<RawEntry[]> {
  const base = join(root, collection.dir);
  const entries: RawEntry[] = [];
  for (const path of (await walk(base)).sort()) {
    const file = relative(root, path);
    const inside = relative(base, path).replace(/\\/g, '/');
    if (collection.shape === 'folder') {
      if (IMAGE_FILE.test(inside) || inside.endsWith('README.md')) continue;
      const match = /^([^/]+)\/index\.md$/.exec(inside);
      if (!match?.[1]) {
        problems.push({ file, message: `tệp này sẽ không được đăng: mỗi ${collection.noun} phải là ${collection.dir}/<tên-không-dấu>/index.md` });
        continue;
      }
      const text = await readFile(path, 'utf8');
      const fm = FRONT_MATTER.exec(text);
      if (!fm) {
        problems.push({ file, message: 'thiếu phần thông tin ở đầu tệp (giữa hai dòng ---)' });
        continue;
      }
      const data = parseYaml(fm[1] ?? '', file, problems);
      if (data) entries.push({ collection, id: match[1], path, file, data, body: text.slice(fm[0].length) });
    } else {
      const match = /^([^/]+)\.ya?ml$/.exec(inside);
      if (!match?.[1]) {
        if (!inside.endsWith('README.md')) problems.push({ file, message: `tệp này sẽ không được đọc: mỗi ${collection.noun} là một tệp ${collection.dir}/<mã>.yml` });
        continue;
      }
      const data = parseYaml(await readFile(path, 'utf8'), file, problems);
      if (data) entries.push({ collection, id: match[1], path, file, data, body: '' });
    }
  }
  return entries;
}
