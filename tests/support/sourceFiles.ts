/** The project's source files under some folders, for tests that read the code itself. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

export interface SourceFile {
  /** Path from the project root, with forward slashes: `src/components/Header.astro`. */
  readonly path: string;
  readonly text: string;
}

/** Files under `folders` whose names end with one of `extensions`, minus any path starting with an `exclude` entry. */
export function sourceFiles(folders: readonly string[], extensions: readonly string[], exclude: readonly string[] = []): SourceFile[] {
  return folders.flatMap((folder) =>
    readdirSync(join(projectRoot, folder), { recursive: true, encoding: 'utf8' })
      .map((name) =>
        relative(projectRoot, join(projectRoot, folder, name))
          .split('\\')
          .join('/'),
      )
      .filter((path) => extensions.some((ext) => path.endsWith(ext)) && !exclude.some((prefix) => path.startsWith(prefix)))
      .sort()
      .map((path) => ({ path, text: readFileSync(join(projectRoot, path), 'utf8') })),
  );
}
