/** Reads the project's own content folder, so tests derive expectations from the source, not from the output. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readYaml } from '~/lib/frontMatter/readYaml';
import { splitFrontMatter } from '~/lib/frontMatter/splitFrontMatter';
import { PROJECT_ROOT } from './buildSite';

export function entryIds(collection: 'articles' | 'models', root = PROJECT_ROOT): string[] {
  return readdirSync(join(root, 'content', collection), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
}

export function frontMatter(collection: 'articles' | 'models', id: string, root = PROJECT_ROOT): Record<string, unknown> {
  const text = readFileSync(join(root, 'content', collection, id, 'index.md'), 'utf8');
  const split = splitFrontMatter(text);
  if (!split.ok) throw new Error(`${collection}/${id}: ${split.message}`);
  return readYaml(split.parts.yaml).data ?? {};
}
