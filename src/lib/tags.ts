/** Articles grouped by tag, tags that differ only in accents or case merged, in Vietnamese order. */
import { slugify } from './slugify';

export interface TagGroup<T> {
  /** The tag as first written. */
  tag: string;
  slug: string;
  entries: T[];
}

export interface TagCount {
  tag: string;
  slug: string;
  count: number;
}

/** One pass over the entries: each tag is slugified once per entry that carries it. */
export function groupByTag<T extends { data: { tags: readonly string[] } }>(entries: readonly T[]): TagGroup<T>[] {
  const bySlug = new Map<string, TagGroup<T>>();
  for (const entry of entries) {
    const seen = new Set<string>();
    for (const tag of entry.data.tags) {
      const slug = slugify(tag);
      if (seen.has(slug)) continue;
      seen.add(slug);
      const group = bySlug.get(slug);
      if (group) group.entries.push(entry);
      else bySlug.set(slug, { tag, slug, entries: [entry] });
    }
  }
  const collator = new Intl.Collator('vi');
  return [...bySlug.values()].sort((a, b) => collator.compare(a.tag, b.tag));
}

export function collectTags(entries: readonly { data: { tags: readonly string[] } }[]): TagCount[] {
  return groupByTag(entries).map(({ tag, slug, entries: tagged }) => ({ tag, slug, count: tagged.length }));
}
