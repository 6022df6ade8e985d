import { existsSync, readdirSync } from 'node:fs';
import { mkdir, mkdtemp } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildSite, PROJECT_ROOT, removeDir, TEST_BUILDS } from '../support/buildSite';
import { withEnv } from '../support/withEnv';

let outDir: string | undefined;
afterEach(async () => {
  if (outDir) await removeDir(outDir);
});

/** Runs `astro build` with these deploy settings; returns the error it stopped with. */
async function failedBuild(env: Record<string, string>): Promise<Error> {
  await mkdir(TEST_BUILDS, { recursive: true });
  const dir = (outDir = await mkdtemp(join(TEST_BUILDS, 'deploy-settings-')));
  const error: unknown = await withEnv(env, () => buildSite(PROJECT_ROOT, dir)).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(Error);
  // Nothing half-built is left to deploy.
  expect(existsSync(dir) ? readdirSync(dir) : []).toEqual([]);
  return error as Error;
}

describe('a production build with misconfigured deploy settings', () => {
  it('stops before building anything, naming in Vietnamese the variable to set, without a stack trace', async () => {
    const error = await failedBuild({ CMS_BACKEND: 'forgejo', CMS_REPO: 'ca/antt', CMS_BASE_URL: 'https://git.ca.vn' });
    expect(error.message).toContain('Cấu hình triển khai chưa đúng');
    expect(error.message).toContain('Thiếu CMS_API_ROOT');
    expect(error.message).toContain('https://git.ca.vn/api/v1');
    expect(error.message).toContain('Thiếu CMS_APP_ID');
    expect(error.stack ?? '').not.toMatch(/\bat .*\.ts:\d+/);
  });

  it('refuses a SITE_URL under a path (GitHub Pages without a custom domain) and says how to set a domain', async () => {
    const error = await failedBuild({ SITE_URL: 'https://cong-an.github.io/antt/' });
    expect(error.message).toContain('SITE_URL="https://cong-an.github.io/antt/" có đường dẫn "/antt/"');
    expect(error.message).toContain('Custom domain');
  });
});
