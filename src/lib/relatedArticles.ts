/**
 * "Tin liên quan" under an article: other articles that share its models (strongest
 * link), its places, or its topics; the most shared first, then the newest.
 *
 * Every article page asks for its related articles among all the others. Comparing the page
 * with each other article took ~0.1–0.5 s a page at 6,500 articles (an hour of a 10,000-entry
 * build); so the list is indexed once (which articles hold each model, place and topic) and a
 * page adds up scores only over the articles that share something with it.
 */
import { slugify } from './slugify';
import { TopScored } from './topScored';

export interface RelatedCandidate {
  id: string;
  data: { models: readonly { id: string }[]; localities: readonly { id: string }[]; tags: readonly string[] };
}

const WEIGHT = { model: 3, locality: 2, tag: 1 } as const;

/** Each distinct link of an article with its weight: a shared model, place or topic counts once. */
function links(article: RelatedCandidate): Map<string, number> {
  const found = new Map<string, number>();
  for (const ref of article.data.models) found.set(`m:${ref.id}`, WEIGHT.model);
  for (const ref of article.data.localities) found.set(`l:${ref.id}`, WEIGHT.locality);
  for (const tag of article.data.tags) found.set(`t:${slugify(tag)}`, WEIGHT.tag);
  return found;
}

interface RelatedIndex {
  /** Positions in the list of the articles holding each link, in list order. */
  holders: Map<string, number[]>;
  /** Score per position, reused by every page (reset after each). */
  scores: Uint32Array;
  /** Each article's position, so a page skips itself without reading other entries' ids. */
  positionOf: Map<string, number>;
}

const indexes = new WeakMap<readonly RelatedCandidate[], RelatedIndex>();

function indexFor(others: readonly RelatedCandidate[]): RelatedIndex {
  let index = indexes.get(others);
  if (index) return index;
  const holders = new Map<string, number[]>();
  const positionOf = new Map<string, number>();
  others.forEach((other, position) => {
    positionOf.set(other.id, position);
    for (const key of links(other).keys()) {
      const list = holders.get(key);
      if (list) list.push(position);
      else holders.set(key, [position]);
    }
  });
  index = { holders, scores: new Uint32Array(others.length), positionOf };
  indexes.set(others, index);
  return index;
}

/**
 * `others` newest first (as the site lists articles), the same array for every page (it is
 * indexed once); the article itself is never related to itself.
 */
export function relatedArticles<T extends RelatedCandidate>(article: T, others: readonly T[], count = 4): T[] {
  const { holders, scores, positionOf } = indexFor(others);
  const self = positionOf.get(article.id);
  const touched: number[] = [];
  for (const [key, weight] of links(article)) {
    for (const position of holders.get(key) ?? []) {
      if (scores[position] === 0) touched.push(position);
      scores[position] = (scores[position] ?? 0) + weight;
    }
  }
  const best = new TopScored(count);
  for (const position of touched) {
    const score = scores[position] ?? 0;
    scores[position] = 0;
    // Compared by position: reading the id of each of thousands of entries scattered over a
    // 3 GB heap was most of this function's time in a 10,000-entry build.
    if (position !== self) best.offer(position, score);
  }
  return best.positions().flatMap((position) => others[position] ?? []);
}
