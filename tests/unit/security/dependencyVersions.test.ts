import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The version npm installed (read from disk: sharp does not export its package.json). */
const installed = (name: string) =>
  (JSON.parse(readFileSync(new URL(`../../../node_modules/${name}/package.json`, import.meta.url), 'utf8')) as { version: string }).version;

/** true when version a ≥ b, comparing major.minor.patch numerically. */
function atLeast(a: string, b: string): boolean {
  const [x, y] = [a, b].map((v) => v.split(/[.-]/).slice(0, 3).map(Number));
  for (let i = 0; i < 3; i++) if ((x![i] ?? 0) !== (y![i] ?? 0)) return (x![i] ?? 0) > (y![i] ?? 0);
  return true;
}

describe('image-decoding advisories', () => {
  it('compares versions numerically', () => {
    expect(atLeast('7.10.0', '7.2.8')).toBe(true);
    expect(atLeast('0.35.3', '0.35.4')).toBe(false);
  });

  it('runs with astro and sharp at versions that fix the AVIF decoding advisory', () => {
    expect(atLeast(installed('astro'), '7.2.8'), `astro ${installed('astro')}`).toBe(true);
    expect(atLeast(installed('sharp'), '0.35.4'), `sharp ${installed('sharp')}`).toBe(true);
  });
});
