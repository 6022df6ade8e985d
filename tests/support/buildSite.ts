/**
 * Builds a copy of the site with Astro's own `build()` into a temporary folder,
 * so tests never touch the working `dist/`.
 */
import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Where test builds go. Astro keeps its prerender chunks in `<outDir>/.prerender` only
 * when outDir is inside the working directory (else in a shared `./.astro`), so each
 * build gets its own folder here and builds running side by side never collide.
 */
export const TEST_BUILDS = join(process.cwd(), '.test-builds');

/**
 * Builds `root` (default: this project) into `outDir` (default: a fresh folder) and
 * returns its path; a test expecting the build to fail passes its own folder to look into.
 */
/** The public address test builds are made for (a production build requires one). */
export const TEST_SITE_URL = 'https://antt.tuyenquang.example';

export async function buildSite(root = PROJECT_ROOT, outDir?: string): Promise<string> {
  process.env.SITE_URL ||= TEST_SITE_URL;
  const { build } = await import('astro');
  await mkdir(TEST_BUILDS, { recursive: true });
  outDir ??= await mkdtemp(join(TEST_BUILDS, 'dist-'));
  await build({ root, outDir, logLevel: 'error', vite: { logLevel: 'error' } });
  return outDir;
}

/**
 * Builds this project with `npm run build` itself (scripts/build.mjs: `astro build`, then the
 * search index once Astro's process has exited) into a fresh folder, as a deploy does; the
 * build's output is shown only when it fails.
 */
export async function buildSiteWithNpm(): Promise<string> {
  await mkdir(TEST_BUILDS, { recursive: true });
  const outDir = await mkdtemp(join(TEST_BUILDS, 'dist-'));
  const env = { ...process.env, SITE_URL: process.env.SITE_URL || TEST_SITE_URL, FORCE_COLOR: '0' };
  const child = spawn('npm', ['run', 'build', '--', '--outDir', outDir], { cwd: PROJECT_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (code !== 0) throw new Error(`npm run build failed (exit ${code}):\n${output.slice(-6000)}`);
  return outDir;
}

/**
 * Copies the project (without node_modules, dist and caches) into a temp folder so a
 * test can change its content and build it; node_modules is linked, not copied.
 */
export async function copyProject(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'tdbv-site-'));
  const skip = new Set(['node_modules', 'dist', '.astro', '.git', 'test-results', '.test-builds']);
  await cp(PROJECT_ROOT, dir, {
    recursive: true,
    filter: (src) => !skip.has(src.slice(PROJECT_ROOT.length).split('/')[0] ?? ''),
  });
  const { symlink } = await import('node:fs/promises');
  await symlink(join(PROJECT_ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

export async function removeDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}
