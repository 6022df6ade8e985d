/**
 * URL slugs for new entries, made with the site's own `slugify()` (so "Đội" → "doi",
 * NFD input included) and made unique against the repository: a new entry never
 * overwrites, or lands beside, an existing one.
 */
import { slugify } from '../src/lib/slugify';
import { type CollectionDef, entryFilePath } from '../src/schema/collectionTypes';
import { labelOf } from '../src/schema/taxonomy';

type Data = Record<string, unknown>;

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** The words a new entry's slug is made from: its `slugFrom` fields, a choice as its label ("xã Tràng Đà"). */
export function slugSource(collection: CollectionDef, data: Data): string {
  return collection.slugFrom
    .map((name) => {
      const field = collection.fields.find((f) => f.name === name);
      return field?.kind === 'select' ? labelOf(field.choices, text(data[name])) : text(data[name]);
    })
    .join(' ')
    .trim();
}

/** Path of the entry file a slug would create, e.g. content/models/<slug>/index.md. */
export function entryPath(collection: CollectionDef, slug: string): string {
  return entryFilePath(collection, slug);
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

export async function newEntrySlug(collection: CollectionDef, data: Data, exists: (path: string, slug: string) => Promise<boolean>): Promise<string> {
  return uniqueSlug(slugify(slugSource(collection, data)), (slug) => exists(entryPath(collection, slug), slug));
}
