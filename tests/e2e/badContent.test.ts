import { existsSync, readdirSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, copyProject, removeDir, TEST_BUILDS } from '../support/buildSite';

/** All files under `dir`, relative to it. */
const filesIn = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir, { recursive: true, encoding: 'utf8' }) : []);

describe('a build with broken content', () => {
  let copy: string;
  let outDir: string;
  beforeAll(async () => {
    copy = await copyProject();
    await mkdir(TEST_BUILDS, { recursive: true });
    outDir = await mkdtemp(join(TEST_BUILDS, 'bad-content-'));
  });
  afterAll(async () => {
    await removeDir(copy);
    await removeDir(outDir);
  });

  async function breakField(file: string, field: string, value: string) {
    const path = join(copy, file);
    const text = await readFile(path, 'utf8');
    const line = new RegExp(`^${field}: .*$`, 'm');
    expect(text).toMatch(line);
    await writeFile(path, text.replace(line, `${field}: ${value}`));
  }

  it('stops before building anything and names every broken file and field', async () => {
    const [model] = readdirSync(join(copy, 'content/models')).sort();
    const [article] = readdirSync(join(copy, 'content/articles')).sort();
    const modelFile = `content/models/${model}/index.md`;
    const articleFile = `content/articles/${article}/index.md`;
    await breakField(modelFile, 'locality', 'xa-khong-ton-tai');
    await breakField(articleFile, 'title', '""');

    const error: unknown = await buildSite(copy, outDir).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(Error);
    const message = (error as Error).message;
    expect(message).toContain(`${modelFile} — trường "locality"`);
    expect(message).toContain('"xa-khong-ton-tai"');
    expect(message).toContain(`${articleFile} — trường "title"`);
    expect(filesIn(outDir).filter((f) => f.endsWith('.html'))).toEqual([]);
    expect(existsSync(join(outDir, 'index.html'))).toBe(false);
  });
});
