/** Tags with their URL slug and how many articles carry each, in Vietnamese order. */
import { slugify } from './slugify';

export interface TagCount {
  tag: string;
  slug: string;
  count: number;
}

export function collectTags(entries: readonly { data: { tags: readonly string[] } }[]): TagCount[] {
  const bySlug = new Map<string, TagCount>();
  for (const entry of entries) {
    for (const tag of new Set(entry.data.tags.map((t) => slugify(t)))) {
      const original = entry.data.tags.find((t) => slugify(t) === tag) ?? tag;
      const found = bySlug.get(tag);
      if (found) found.count += 1;
      else bySlug.set(tag, { tag: original, slug: tag, count: 1 });
    }
  }
  const collator = new Intl.Collator('vi');
  return [...bySlug.values()].sort((a, b) => collator.compare(a.tag, b.tag));
}
