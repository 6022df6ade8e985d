/**
 * A hash of the code a cache's contents are made by: every file under the given folders (and
 * the given single files), relative to the project root, plus any extra text. A cache stamped
 * with another fingerprint counts as empty, so nothing in it is older than the code that would
 * make it.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

export async function codeFingerprint(root: string, paths: readonly string[], extra = ''): Promise<string> {
  const hash = createHash('sha256').update(extra);
  const files: string[] = [];
  for (const path of paths) {
    const inside = await readdir(join(root, path), { recursive: true, withFileTypes: true }).catch(() => undefined);
    if (inside) files.push(...inside.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name)));
    else files.push(join(root, path));
  }
  for (const file of files.sort()) {
    hash.update(relative(root, file)).update('\0');
    hash.update(await readFile(file).catch(() => Buffer.alloc(0)));
  }
  return hash.digest('hex');
}
