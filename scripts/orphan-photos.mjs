/**
 * `npm run content:orphans`: lists photos in the entry folders of content/articles and content/models that the entry's
 * index.md no longer uses (left behind when an editor replaced or removed a photo), so a
 * maintainer can delete them. Changes nothing. Run with the project's Node 24 (npm run),
 * which loads the TypeScript module directly.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { orphanPhotos } from '../src/lib/orphanPhotos.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const found = [];
for (const collection of ['articles', 'models']) {
  const base = join(root, 'content', collection);
  for (const entry of await readdir(base, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const folder = join(base, entry.name);
    const text = await readFile(join(folder, 'index.md'), 'utf8').catch(() => undefined);
    if (text === undefined) continue;
    for (const name of orphanPhotos(await readdir(folder), text)) found.push(relative(root, join(folder, name)));
  }
}
for (const path of found) console.log(path);
console.log(found.length ? `${found.length} ảnh không còn được bài nào dùng; xoá bằng: git rm <tệp>` : 'Không có ảnh thừa.');
