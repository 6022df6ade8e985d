import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { PROJECT_ROOT } from '../../support/buildSite';

const SCHEMA_DIR = join(PROJECT_ROOT, 'src/schema');

/** Relative import specifiers of a module's source. */
const relativeImports = (source: string) => [...source.matchAll(/from\s+'(\.[^']*)'/g)].map((m) => m[1]!);

test('the schema layer imports only itself, so src/lib, src/data and admin can all build on it', () => {
  const upward = readdirSync(SCHEMA_DIR)
    .filter((file) => file.endsWith('.ts'))
    .flatMap((file) => relativeImports(readFileSync(join(SCHEMA_DIR, file), 'utf8')).filter((spec) => !spec.startsWith('./')).map((spec) => `${file} → ${spec}`));
  expect(upward).toEqual([]);
});
