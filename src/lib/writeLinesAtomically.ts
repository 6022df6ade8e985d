/**
 * Cache files written beside themselves and renamed over the old file at the end, so a build
 * stopped half-way never leaves a cut file. The partial file is named per write: two builds in
 * one process (the tests build several sites) never share it.
 */
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';

/** Runs `write` on a partial file beside `file`, then renames it over `file`; on failure removes the partial and throws. */
export async function writeAtomically(file: string, write: (partial: string) => Promise<void>): Promise<void> {
  const partial = `${file}.${process.pid}.${randomUUID()}.part`;
  try {
    await write(partial);
    await rename(partial, file);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}

/**
 * Resolves true once the file holds `lines` (each followed by a newline), false if it could not
 * be written: a cache that cannot be written (a read-only node_modules) only costs the next
 * build time, so this never throws.
 */
export async function writeLinesAtomically(file: string, lines: Iterable<string>): Promise<boolean> {
  try {
    await mkdir(dirname(file), { recursive: true });
    await writeAtomically(file, async (partial) => {
      const out = createWriteStream(partial);
      const written = new Promise<void>((resolve, reject) => {
        out.on('finish', resolve);
        out.on('error', reject);
      });
      for (const line of lines) if (!out.write(`${line}\n`)) await once(out, 'drain');
      out.end();
      await written;
    });
    return true;
  } catch {
    return false;
  }
}
