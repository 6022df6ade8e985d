/** The GitHub deploy workflow, read as GitHub reads it (YAML), not as text. */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, string>;
}
interface Job {
  'timeout-minutes'?: number;
  steps?: Step[];
}

const text = readFileSync('.github/workflows/deploy.yml', 'utf8');
const jobs = (parse(text) as { jobs: Record<string, Job> }).jobs;
const steps = Object.values(jobs).flatMap((job) => job.steps ?? []);

describe('the deploy workflow', () => {
  test('pins every action by a full commit SHA, with its release named beside it', () => {
    const uses = steps.flatMap((step) => (step.uses ? [step.uses] : []));
    expect(uses.length).toBeGreaterThanOrEqual(5);
    for (const action of uses) expect(action).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/);
    for (const action of uses) expect(text).toMatch(new RegExp(`${action.replace(/[.]/g, '\\.')} # v\\d+\\.\\d+\\.\\d+\\n`));
  });

  test('gives every job a time limit, so a stuck build cannot hold the pages queue for six hours', () => {
    for (const [name, job] of Object.entries(jobs)) expect(job['timeout-minutes'], name).toBeGreaterThan(0);
  });

  test("restores Astro's content and image caches after npm ci, keyed by the dependencies and the Astro config", () => {
    const build = jobs.build?.steps ?? [];
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
});
