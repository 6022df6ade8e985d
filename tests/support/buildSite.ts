/**
 * Builds a copy of the site with Astro's own `build()` into a temporary folder,
 * so tests never touch the working `dist/`.
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Builds `root` (default: this project) into a fresh temp folder and returns its path. */
export async function buildSite(root = PROJECT_ROOT): Promise<string> {
  const { build } = await import('astro');
  const outDir = await mkdtemp(join(tmpdir(), 'tdbv-dist-'));
  await build({ root, outDir, logLevel: 'error', vite: { logLevel: 'error' } });
  return outDir;
}

/**
 * Copies the project (without node_modules, dist and caches) into a temp folder so a
 * test can change its content and build it; node_modules is linked, not copied.
 */
export async function copyProject(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'tdbv-site-'));
  const skip = new Set(['node_modules', 'dist', '.astro', '.git', 'test-results']);
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
