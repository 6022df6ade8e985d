/**
 * `npm run cms`: the site (astro dev) and Decap's local backend (decap-server) together,
 * so editors can use http://localhost:4321/admin/ on their own machine without logging in
 * to GitHub. Stop both with Ctrl+C.
 *
 * decap-server modes (env CMS_MODE):
 * - git (default when the working tree is clean): every save is a commit; drafts live on
 *   cms/* branches (editorial workflow). decap-server runs `git add .` and switches branches
 *   in this working tree, so it would sweep unrelated uncommitted files into CMS commits.
 * - fs (default when the tree has uncommitted changes): files are written in place, no
 *   commits, no drafts; commit with git yourself.
 *
 * In git mode decap-server checks out a draft's cms/… branch in this tree each time it reads
 * or saves the draft, and astro dev answers every content change by telling open pages to
 * reload. /admin ignores those reloads (admin/devReloadGuard.ts), so an editor's form is
 * never reloaded under them; the site's pages still live-reload. The save hook refuses a
 * second copy of an entry already saved (admin/sameEntry.ts). tests/e2e/cmsDev.test.ts runs
 * this very script.
 */
import { execFileSync, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = process.env.DECAP_PORT ?? '8081';

function workingTreeIsClean() {
  try {
    return execFileSync('git', ['status', '--porcelain'], { cwd: root, encoding: 'utf8' }).trim() === '';
  } catch {
    return false; // not a git repository: only fs mode can work
  }
}

const clean = workingTreeIsClean();
const mode = process.env.CMS_MODE ?? (clean ? 'git' : 'fs');
if (!['git', 'fs'].includes(mode)) {
  console.error(`CMS_MODE phải là "git" hoặc "fs", không phải "${mode}".`);
  process.exit(1);
}
if (mode === 'git' && !clean) {
  console.warn('⚠ CMS_MODE=git với thay đổi chưa commit: decap-server sẽ đưa cả chúng vào commit của CMS.');
}
if (mode === 'fs' && !process.env.CMS_MODE) {
  console.warn('ℹ Có thay đổi chưa commit: decap-server chạy chế độ fs (ghi tệp, không tự commit, không có bản nháp).');
}

const bin = (name) => fileURLToPath(new URL(`../node_modules/.bin/${name}`, import.meta.url));
const children = [
  spawn(bin('decap-server'), [], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, PORT: port, MODE: mode, GIT_REPO_DIRECTORY: root, BIND_HOST: '127.0.0.1' },
  }),
  spawn(bin('astro'), ['dev', ...process.argv.slice(2)], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, CMS_LOCAL_BACKEND_URL: process.env.CMS_LOCAL_BACKEND_URL ?? `http://127.0.0.1:${port}/api/v1` },
  }),
];
console.log(`Trang quản trị: http://localhost:4321/admin/ (decap-server ${mode} trên cổng ${port})`);

let stopping = false;
function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exitCode = code;
}
for (const child of children) child.on('exit', (code) => stop(code ?? 0));
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
