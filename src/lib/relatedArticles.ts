/**
 * "Tin liên quan" under an article: other articles that share its models (strongest
 * link), its places, or its topics; the most shared first, then the newest.
 */
import { slugify } from './slugify';

export interface RelatedCandidate {
  id: string;
  data: { models: readonly { id: string }[]; localities: readonly { id: string }[]; tags: readonly string[] };
}

const WEIGHT = { model: 3, locality: 2, tag: 1 } as const;

function overlap(a: readonly string[], b: readonly string[]): number {
  const set = new Set(a);
  return new Set(b.filter((x) => set.has(x))).size;
}

/** `others` newest first (as the site lists articles); the article itself is never related to itself. */
export function relatedArticles<T extends RelatedCandidate>(article: T, others: readonly T[], count = 4): T[] {
  const ids = (refs: readonly { id: string }[]) => refs.map((r) => r.id);
  const tags = (t: readonly string[]) => t.map((tag) => slugify(tag));
  return others
    .filter((o) => o.id !== article.id)
    .map((o, order) => ({
      o,
      order,
      score:
        WEIGHT.model * overlap(ids(article.data.models), ids(o.data.models)) +
        WEIGHT.locality * overlap(ids(article.data.localities), ids(o.data.localities)) +
        WEIGHT.tag * overlap(tags(article.data.tags), tags(o.data.tags)),
    }))
    .filter((c) => c.score > 0)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, count)
    .map((c) => c.o);
}
