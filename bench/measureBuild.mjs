/**
 * Runs the project's build (`npm run build`'s command: `astro build`, then the search index)
 * as a child process with cwd = the project (so Astro keeps its prerender chunks in that
 * project's own folders) and measures wall time, CPU time and peak memory.
 *
 * Peak RSS is the largest sum of VmRSS over the whole process tree, sampled every 100 ms
 * from /proc (Pagefind's indexer is a separate process); `/usr/bin/time -v` adds the kernel's
 * exact high-water mark of the largest single process.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';

const GNU_TIME = '/usr/bin/time';

async function children() {
  const map = new Map();
  for (const name of await readdir('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = await readFile(`/proc/${name}/stat`, 'utf8').catch(() => '');
    // Fields after the ")" that closes the command name: state, ppid, ...
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (!map.has(ppid)) map.set(ppid, []);
    map.get(ppid).push(Number(name));
  }
  return map;
}

async function treeRss(rootPid) {
  const tree = await children();
  const pids = [rootPid];
  for (let i = 0; i < pids.length; i++) pids.push(...(tree.get(pids[i]) ?? []));
  let rss = 0;
  const hwm = new Map();
  for (const pid of pids) {
    const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
    const kb = (key) => Number(new RegExp(`^${key}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0);
    const name = /^Name:\s+(\S+)/m.exec(status)?.[1] ?? '?';
    if (name === 'time') continue;
    rss += kb('VmRSS') * 1024;
    hwm.set(`${pid}:${name}`, kb('VmHWM') * 1024);
  }
  return { rss, hwm };
}

/** Phases recognised in Astro's log, each timed from its first line to the next phase's. */
const PHASES = [
  ['content sync', /\[content\]/],
  ['vite bundle', /\[build\] Building static entrypoints|\[vite\]/],
  ['render pages', /generating static routes/],
  ['optimize images', /generating optimized images/],
  ['search index', /\[tdbv:search-index\]|\[@astrojs\/sitemap\]/],
];

/**
 * What `npm run build` runs in `cwd` (for this site: `astro build`, then the search index once
 * Astro has exited), run by `nodeBin` with the project's binaries first on PATH as npm puts
 * them; a project without a build script (the bare baseline) runs `astro build`.
 */
async function buildCommand(cwd, nodeBin) {
  const pkg = JSON.parse(await readFile(join(cwd, 'package.json'), 'utf8').catch(() => '{}'));
  const script = pkg.scripts?.build;
  if (!script) return [nodeBin, join(cwd, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'];
  const bin = join(cwd, 'node_modules', '.bin');
  return ['/bin/sh', '-c', `export PATH="${bin}:${dirname(nodeBin)}:$PATH"; ${script}`];
}

/**
 * Builds `cwd`; `onLine(count)` is called as pages are rendered. Returns times in ms, memory
 * in bytes and the log.
 */
export async function measureBuild(cwd, { nodeBin = process.execPath, onProgress = () => {}, env = {} } = {}) {
  const timeFile = join(cwd, '.bench-time.txt');
  const args = await buildCommand(cwd, nodeBin);
  const useTime = existsSync(GNU_TIME);
  const started = performance.now();
  const child = spawn(useTime ? GNU_TIME : args[0], useTime ? ['-v', '-o', timeFile, ...args] : args.slice(1), {
    cwd,
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let peakTree = 0;
  const peakHwm = new Map();
  const samples = [];
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      const { rss, hwm } = await treeRss(child.pid);
      peakTree = Math.max(peakTree, rss);
      samples.push([performance.now() - started, rss]);
      for (const [k, v] of hwm) peakHwm.set(k, Math.max(peakHwm.get(k) ?? 0, v));
      await new Promise((r) => setTimeout(r, 100));
    }
  })();

  const log = [];
  let pages = 0;
  let lastReport = 0;
  const onData = (raw) => {
    const line = raw.replace(/\x1b\[[0-9;]*m/g, '');
    const t = performance.now() - started;
    log.push({ t, line });
    if (/[├└]─ .*\(\+[\d.]+ ?m?s\)/.test(line) && !/\/_astro\//.test(line)) pages += 1;
    if (t - lastReport > 2000) {
      lastReport = t;
      onProgress({ seconds: t / 1000, pages, rss: peakTree, line });
    }
  };
  createInterface({ input: child.stdout }).on('line', onData);
  createInterface({ input: child.stderr }).on('line', onData);
  const code = await new Promise((resolve) => child.on('close', resolve));
  const wallMs = performance.now() - started;
  sampling = false;
  await sampler;

  const gnu = {};
  if (useTime) {
    const text = await readFile(timeFile, 'utf8').catch(() => '');
    const num = (label) => Number(new RegExp(`${label}:\\s+([\\d.]+)`).exec(text)?.[1] ?? NaN);
    gnu.maxRssBytes = num('Maximum resident set size \\(kbytes\\)') * 1024;
    gnu.cpuSeconds = num('User time \\(seconds\\)') + num('System time \\(seconds\\)');
    await rm(timeFile, { force: true });
  }
  if (code !== 0) {
    const tail = log
      .slice(-40)
      .map((l) => l.line)
      .join('\n');
    throw new Error(`build failed in ${cwd} (exit ${code}):\n${tail}`);
  }

  const phases = [{ name: 'startup + content check', startMs: 0 }];
  let from = 0;
  for (const [name, pattern] of PHASES) {
    const hit = log.find((l, i) => i >= from && pattern.test(l.line));
    if (!hit) continue;
    from = log.indexOf(hit);
    phases.push({ name, startMs: hit.t });
  }
  phases.forEach((p, i) => {
    const end = phases[i + 1]?.startMs ?? wallMs;
    p.ms = end - p.startMs;
    p.peakRssBytes = Math.max(0, ...samples.filter(([t]) => t >= p.startMs && t <= end).map(([, rss]) => rss));
  });
  const biggest = [...peakHwm]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([k, v]) => ({ process: k.split(':')[1], hwmBytes: v }));
  return { wallMs, peakTreeRssBytes: peakTree, biggestProcesses: biggest, ...gnu, pages, phases, log: log.map((l) => `${(l.t / 1000).toFixed(1)}s ${l.line}`) };
}
