/**
 * URL slugs for new entries, made with the site's own `slugify()` (so "Đội" → "doi",
 * NFD input included) and made unique against the repository: a new entry never
 * overwrites, or lands beside, an existing one.
 */
import { slugify } from '../src/lib/slugify';
import type { CollectionName } from '../src/schema/fieldTypes';
import { labelOf, LOCALITY_KINDS } from '../src/schema/taxonomy';
import { COLLECTIONS } from './decapConfig';

type Data = Record<string, unknown>;

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** The words a new entry's slug is made from: the title or name; a locality's kind first ("xã Tràng Đà"). */
export function slugSource(collection: CollectionName, data: Data): string {
  switch (collection) {
    case 'articles':
      return text(data.title);
    case 'models':
      return text(data.name);
    case 'localities':
      return `${labelOf(LOCALITY_KINDS.list, text(data.kind))} ${text(data.name)}`;
  }
}

/** Path of the entry file a slug would create, e.g. content/models/<slug>/index.md. */
export function entryPath(collection: CollectionName, slug: string): string {
  const spec = COLLECTIONS.find((c) => c.name === collection);
  if (!spec) throw new Error(`Unknown collection ${collection}`);
  return spec.layout === 'bundle' ? `${spec.folder}/${slug}/index.md` : `${spec.folder}/${slug}.yml`;
}

/**
 * The first of `base`, `base-2`, `base-3`… for which `exists` says no. An empty base
 * (a name of only punctuation) becomes "muc-moi".
 */
export async function uniqueSlug(base: string, exists: (slug: string) => Promise<boolean>): Promise<string> {
  const root = base || 'muc-moi';
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? root : `${root}-${n}`;
    if (!(await exists(candidate))) return candidate;
  }
}

export async function newEntrySlug(
  collection: CollectionName,
  data: Data,
  exists: (path: string, slug: string) => Promise<boolean>,
): Promise<string> {
  return uniqueSlug(slugify(slugSource(collection, data)), (slug) => exists(entryPath(collection, slug), slug));
}
