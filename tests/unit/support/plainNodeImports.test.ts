/**
 * The benchmark and scripts/ run in plain Node (its type stripping, no bundler): the
 * project modules they import must load there, with no `~/` alias or extensionless path
 * anywhere down their imports.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../support/buildSite';

const NODE = join(PROJECT_ROOT, 'node_modules/.bin/node');
const LOADED_BY_PLAIN_NODE = [
  'tests/support/staticServer.ts',
  'src/lib/slugify.ts',
  'src/schema/taxonomy.ts',
  'src/lib/orphanPhotos.ts',
  'src/lib/search/searchIndexJob.ts',
];

describe('modules the benchmark and scripts import', () => {
  it.each(LOADED_BY_PLAIN_NODE)('%s loads in plain Node', (file) => {
    const output = execFileSync(
      NODE,
      ['--input-type=module', '-e', `const m = await import(${JSON.stringify(join(PROJECT_ROOT, file))}); console.log(Object.keys(m).length);`],
      { encoding: 'utf8' },
    );
    expect(Number(output.trim())).toBeGreaterThan(0);
  });
});
