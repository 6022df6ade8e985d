/** A production build that does not know the public address stops, saying which variable to set. */
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, mkdtemp } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT, removeDir, TEST_BUILDS } from '../support/buildSite';

describe('a production build without SITE_URL', () => {
  let outDir: string | undefined;
  afterAll(async () => {
    if (outDir) await removeDir(outDir);
  });

  it('fails with a Vietnamese message naming SITE_URL, and writes no page', async () => {
    await mkdir(TEST_BUILDS, { recursive: true });
    outDir = await mkdtemp(join(TEST_BUILDS, 'no-site-url-'));
    const saved = process.env.SITE_URL;
    delete process.env.SITE_URL;
    try {
      const { build } = await import('astro');
      const error = await build({ root: PROJECT_ROOT, outDir, logLevel: 'silent' }).then(
        () => undefined,
        (e: unknown) => e as Error,
      );
      expect(error?.message).toContain('Chưa đặt biến môi trường SITE_URL');
    } finally {
      process.env.SITE_URL = saved;
    }
    expect(existsSync(outDir) ? readdirSync(outDir).filter((f) => f.endsWith('.html')) : []).toEqual([]);
  });
});
