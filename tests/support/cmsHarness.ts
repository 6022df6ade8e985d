/**
 * A throw-away editing setup for the CMS browser tests: a git copy of the project,
 * decap-server in git mode on a free port, and a build of the copy whose /admin
 * points its local backend at that port.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildSite, copyProject, PROJECT_ROOT, removeDir } from './buildSite';
import { freePorts } from './freePort';
import { withEnv } from './withEnv';
import { serveStatic, type RunningServer } from './staticServer';

export const SCREENSHOT_DIR = join(PROJECT_ROOT, 'docs/images');

/**
 * Runs git in the test repository. decap-server runs git there too, and may still hold the
 * index lock for a moment after it answered the CMS; a command that meets the lock waits and
 * tries again (up to ~10 s) instead of failing the test on that race.
 */
export function git(dir: string, ...args: string[]): string {
  for (let attempt = 0; ; attempt++) {
    try {
      return execFileSync('git', args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (error) {
      const stderr = String((error as { stderr?: unknown }).stderr ?? '');
      if (attempt >= 50 || !stderr.includes('index.lock')) throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
}

/** Every branch with its commit, and uncommitted files, as one text. */
function repoSnapshot(repo: string): string {
  return [git(repo, 'for-each-ref', '--format=%(refname) %(objectname)', 'refs/heads'), git(repo, 'status', '--porcelain')].join('\n');
}

/**
 * What an editor's action may have changed in the test repository: every branch with its
 * commit, and uncommitted files, read once decap-server is at rest. While it reads a `cms/…`
 * branch it checks that branch out and back, and a reading taken during the checkout shows
 * files half-switched (CI once saw an entry "deleted" and "untracked" at once). So the state
 * counts only when `main` is checked out and two readings 300 ms apart agree; a real change,
 * such as a commit, is as stable as the rest and is still seen.
 */
export async function repoState(repo: string): Promise<string> {
  let last = '';
  for (let attempt = 0; attempt < 50; attempt++) {
    const head = git(repo, 'symbolic-ref', '--short', 'HEAD').trim();
    const now = repoSnapshot(repo);
    if (head === 'main' && now === last) return now;
    last = head === 'main' ? now : '';
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`the test repository did not settle on main:\n${last}`);
}

async function waitForServer(url: string, child: ChildProcess, log: () => string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`decap-server exited: ${log()}`);
    const ok = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"action":"info"}' }).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`decap-server did not start: ${log()}`);
}

export interface CmsDevSetup {
  /** The project copy decap-server commits to. */
  repo: string;
  /** Origin of the site: the static build of the copy, or astro dev. */
  siteUrl: string;
  close(): Promise<void>;
}

export interface CmsSetup extends CmsDevSetup {
  /** The build of the copy, and the decap-server API it was built to use. */
  dist: string;
  apiUrl: string;
}

/** Copies the project into a fresh git repository with one commit on `main`. */
async function gitCopy(): Promise<string> {
  const repo = await copyProject();
  git(repo, 'init', '-q', '-b', 'main');
  // node_modules is a symlink here, which the `node_modules/` rule does not match.
  await writeFile(join(repo, '.git/info/exclude'), 'node_modules\n');
  git(repo, 'config', 'user.email', 'bien-tap@example.vn');
  git(repo, 'config', 'user.name', 'Biên tập thử');
  git(repo, 'add', '-A');
  git(repo, 'commit', '-qm', 'Bản sao để thử CMS');
  return repo;
}

/**
 * Copies the project into a fresh git repository and serves its /admin against decap-server;
 * `buildEnv` adds build settings (e.g. ADMIN_ORIGIN).
 */
export async function startCmsSetup(buildEnv: Record<string, string> = {}): Promise<CmsSetup> {
  const repo = await gitCopy();
  const [port] = await freePorts(1);
  const apiUrl = `http://127.0.0.1:${port}/api/v1`;
  let output = '';
  const server = spawn(join(PROJECT_ROOT, 'node_modules/.bin/decap-server'), [], {
    cwd: repo,
    env: { ...process.env, PORT: String(port), BIND_HOST: '127.0.0.1', MODE: 'git', GIT_REPO_DIRECTORY: repo, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout?.on('data', (d) => (output += d));
  server.stderr?.on('data', (d) => (output += d));
  await waitForServer(apiUrl, server, () => output);

  // /admin is built to talk to this decap-server, and its CSP (dist/_headers) to allow it.
  const dist = await withEnv({ ...buildEnv, CMS_LOCAL_BACKEND_URL: apiUrl }, () => buildSite(repo));
  const site: RunningServer = await serveStatic(dist);
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  return {
    repo,
    dist,
    apiUrl,
    siteUrl: site.url,
    async close() {
      await site.close();
      server.kill();
      await removeDir(dist);
      await removeDir(repo);
    },
  };
}

/** The environment an editor's shell has: without vitest's NODE_ENV=test, MODE, VITEST…, which change how astro dev serves. */
function editorEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (/^(VITEST|TEST$|NODE_ENV$|MODE$)/.test(key)) delete env[key];
  return env;
}

/**
 * `npm run cms` itself (scripts/cms.mjs: astro dev + decap-server in git mode) on a git
 * copy of the project, on free ports: what an editor runs on their own machine.
 */
export async function startCmsDev(): Promise<CmsDevSetup> {
  const repo = await gitCopy();
  const [sitePort, decapPort] = await freePorts(2);
  let output = '';
  const child = spawn(join(PROJECT_ROOT, 'node_modules/.bin/node'), ['scripts/cms.mjs', '--port', String(sitePort), '--host', '127.0.0.1'], {
    cwd: repo,
    env: { ...editorEnv(), DECAP_PORT: String(decapPort), CMS_MODE: 'git', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const siteUrl = `http://127.0.0.1:${sitePort}`;
  // The first request waits for Vite to bundle Decap: minutes on a busy machine.
  const deadline = Date.now() + 280_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`npm run cms exited: ${output}`);
    const ok = await fetch(`${siteUrl}/admin/`, { signal: AbortSignal.timeout(60_000) }).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline) throw new Error(`npm run cms did not start: ${output}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return {
    repo,
    siteUrl,
    async close() {
      // The whole process group: scripts/cms.mjs, astro dev and decap-server.
      if (child.pid && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
      await new Promise((resolve) => setTimeout(resolve, 500));
      await removeDir(repo);
    },
  };
}
