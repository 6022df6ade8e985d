import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../support/buildSite';

/** Every .ts file under a folder of the project, as paths relative to the project root. */
const sources = (dir: string): string[] =>
  readdirSync(join(PROJECT_ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => relative(PROJECT_ROOT, join(e.parentPath, e.name)));

/** The project files a module imports, relative to the project root. */
const localImports = (file: string) =>
  [...readFileSync(join(PROJECT_ROOT, file), 'utf8').matchAll(/from\s+'((?:\.|~\/)[^']*)'/g)].map((m) =>
    // `~/` is the tsconfig alias of src/.
    m[1]!.startsWith('~/') ? join('src', m[1]!.slice(2)) : relative(PROJECT_ROOT, join(dirname(join(PROJECT_ROOT, file)), m[1]!)),
  );

/** Imports of the modules under `dir` that leave the folders it may build on. */
const upward = (dir: string, allowed: string[]) =>
  sources(dir).flatMap((file) =>
    localImports(file)
      .filter((target) => !allowed.some((a) => target === a || target.startsWith(`${a}/`)))
      .map((target) => `${file} → ${target}`),
  );

describe('layers point one way', () => {
  it('src/schema, the content model, imports only itself, so everything else can build on it', () => {
    expect(upward('src/schema', ['src/schema'])).toEqual([]);
  });

  it('src/lib, the pure logic, builds only on itself, the content model, the interface words and the site settings', () => {
    const base = ['src/lib', 'src/schema', 'src/i18n', 'src/config'];
    expect(upward('src/lib', base).filter((line) => !line.startsWith('src/lib/contentCheck/'))).toEqual([]);
    // The content check also asks the Markdown pipeline how it will render a body.
    expect(upward('src/lib/contentCheck', [...base, 'src/markdown'])).toEqual([]);
  });

  it('the Markdown pipeline never builds on the content check', () => {
    expect(upward('src/markdown', ['src/markdown', 'src/lib', 'src/schema', 'src/i18n', 'src/config'])).toEqual([]);
    expect(
      sources('src/markdown')
        .flatMap(localImports)
        .filter((target) => target.startsWith('src/lib/contentCheck')),
    ).toEqual([]);
  });
});
