/** The deploy workflows (GitHub Actions and Forgejo Actions), read as the runners read them (YAML), not as text. */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
}
interface Job {
  'timeout-minutes'?: number;
  steps?: Step[];
}

function readWorkflow(path: string) {
  const text = readFileSync(path, 'utf8');
  const jobs = (parse(text) as { jobs: Record<string, Job> }).jobs;
  return { text, jobs, build: jobs.build?.steps ?? [] };
}

const github = readWorkflow('.github/workflows/deploy.yml');
const forgejo = readWorkflow('.forgejo/workflows/deploy.yml');

describe.each([
  ['.github/workflows/deploy.yml', github],
  ['.forgejo/workflows/deploy.yml', forgejo],
])('the deploy workflow %s', (_, { text, jobs, build }) => {
  test('pins every action by a full commit SHA, with its release named beside it', () => {
    const uses = Object.values(jobs).flatMap((job) => (job.steps ?? []).flatMap((step) => (step.uses ? [step.uses] : [])));
    expect(uses.length).toBeGreaterThanOrEqual(2);
    for (const action of uses) expect(action).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/);
    for (const action of uses) expect(text).toMatch(new RegExp(`${action.replace(/[.]/g, '\\.')} # v\\d+\\.\\d+\\.\\d+\\n`));
  });

  test('gives every job a time limit, so a stuck build cannot hold the queue for hours', () => {
    for (const [name, job] of Object.entries(jobs)) expect(job['timeout-minutes'], name).toBeGreaterThan(0);
  });

  test("restores Astro's content and image caches after npm ci, keyed by the dependencies and the Astro config", () => {
    const cacheAt = build.findIndex((step) => step.uses?.startsWith('actions/cache@'));
    const installAt = build.findIndex((step) => step.run?.startsWith('npm ci'));
    const buildAt = build.findIndex((step) => step.run === 'npm run build');
    expect(cacheAt).toBeGreaterThan(-1);
    // npm ci deletes node_modules: a cache restored before it would be thrown away.
    expect(installAt).toBeLessThan(cacheAt);
    expect(cacheAt).toBeLessThan(buildAt);
    const cache = build[cacheAt]?.with ?? {};
    expect(cache.path?.split('\n').map((p) => p.trim())).toContain('node_modules/.astro');
    for (const key of [cache.key ?? '', cache['restore-keys'] ?? '']) {
      expect(key).toContain("hashFiles('package-lock.json', 'astro.config.mjs')");
    }
    expect(cache['restore-keys']).not.toContain('github.sha');
  });

  test('opens an issue for the editors when the build fails', () => {
    const report = jobs['report-failure'] as (Job & { if?: string; needs?: string[] }) | undefined;
    expect(report?.if).toBe('failure()');
    expect(report?.needs).toContain('build');
  });
});

describe('the Forgejo workflow', () => {
  const runs = (steps: Step[]) => steps.flatMap((step) => (step.run ? [step.run] : []));

  test('installs and builds with the same commands as the GitHub workflow and the guide', () => {
    const commands = ['npm ci --no-audit --no-fund', 'npm run build'];
    expect(runs(forgejo.build).filter((r) => commands.includes(r))).toEqual(commands);
    expect(runs(github.build).filter((r) => commands.includes(r))).toEqual(commands);
    const guide = readFileSync('docs/trien-khai-tai-cho.md', 'utf8');
    for (const command of commands) expect(guide).toContain(command);
  });

  test('builds for this server (Forgejo backend, its own API) and copies dist/ with rsync over SSH', () => {
    const env = forgejo.build.find((step) => step.run === 'npm run build')?.env ?? {};
    expect(env.CMS_BACKEND).toContain("'forgejo'");
    expect(env.CMS_API_ROOT).toContain("format('{0}/api/v1', github.server_url)");
    expect(env.CMS_APP_ID).toBe('${{ vars.CMS_APP_ID }}');
    const copy = runs(forgejo.build).find((r) => r.includes('rsync')) ?? '';
    expect(copy).toMatch(/rsync .*dist\/ "\$DEPLOY_TARGET\/"/);
    expect(runs(forgejo.build).indexOf('npm run build')).toBeLessThan(runs(forgejo.build).indexOf(copy));
  });
});
