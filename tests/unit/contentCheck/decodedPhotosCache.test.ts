/**
 * The content check's list of photos that decoded whole (node_modules/.astro, in the folder the
 * build runs from) is only a speed-up: a list left cut short by a stopped build must read as
 * empty, the photo is decoded again, and the list written back whole.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it, vi } from 'vitest';
import { photo } from '../../support/contentFixture';

const LIST = join('node_modules', '.astro', 'content-check-decoded.json');
const startedIn = process.cwd();
let folder = '';

afterEach(async () => {
  process.chdir(startedIn);
  await rm(folder, { recursive: true, force: true });
});

it('a list cut short reads as empty: the photo is checked again and the list written whole', async () => {
  folder = await mkdtemp(join(tmpdir(), 'tdbv-decoded-'));
  process.chdir(folder);
  await mkdir(join(folder, 'node_modules', '.astro'), { recursive: true });
  await writeFile(join(folder, LIST), '["3f2a9c');
  await writeFile(join(folder, 'anh.jpg'), await photo('jpeg', 400, 300));
  // A fresh module: the list is loaded once per process, from the folder the build runs in.
  vi.resetModules();
  const { checkImage } = await import('~/lib/contentCheck/checkImage');
  expect(await checkImage(join(folder, 'anh.jpg'), './anh.jpg')).toBeUndefined();
  const list = JSON.parse(await readFile(join(folder, LIST), 'utf8')) as string[];
  expect(list).toEqual([expect.stringMatching(/^[0-9a-f]{64}$/)]);
});
