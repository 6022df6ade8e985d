/**
 * Writes a cache file line by line, beside the file and renamed over it at the end, so a build
 * stopped half-way never leaves a cut file. The partial file is named per write: two builds in
 * one process (the tests build several sites) never share it. A cache that cannot be written
 * (a read-only node_modules) only costs the next build time, so this never throws.
 */
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';

/** Resolves true once the file holds `lines` (each followed by a newline), false if it could not be written. */
export async function writeLinesAtomically(file: string, lines: Iterable<string>): Promise<boolean> {
  const partial = `${file}.${process.pid}.${randomUUID()}.part`;
  try {
    await mkdir(dirname(file), { recursive: true });
    const out = createWriteStream(partial);
    const written = new Promise<void>((resolve, reject) => {
      out.on('finish', resolve);
      out.on('error', reject);
    });
    for (const line of lines) if (!out.write(`${line}\n`)) await once(out, 'drain');
    out.end();
    await written;
    await rename(partial, file);
    return true;
  } catch {
    await rm(partial, { force: true });
    return false;
  }
}
