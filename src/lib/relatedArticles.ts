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
}

const indexes = new WeakMap<readonly RelatedCandidate[], RelatedIndex>();

function indexFor(others: readonly RelatedCandidate[]): RelatedIndex {
  let index = indexes.get(others);
  if (index) return index;
  const holders = new Map<string, number[]>();
  others.forEach((other, position) => {
    for (const key of links(other).keys()) {
      const list = holders.get(key);
      if (list) list.push(position);
      else holders.set(key, [position]);
    }
  });
  index = { holders, scores: new Uint32Array(others.length) };
  indexes.set(others, index);
  return index;
}

/**
 * `others` newest first (as the site lists articles), the same array for every page (it is
 * indexed once); the article itself is never related to itself.
 */
export function relatedArticles<T extends RelatedCandidate>(article: T, others: readonly T[], count = 4): T[] {
  const { holders, scores } = indexFor(others);
  const touched: number[] = [];
  for (const [key, weight] of links(article)) {
    for (const position of holders.get(key) ?? []) {
      if (scores[position] === 0) touched.push(position);
      scores[position] = (scores[position] ?? 0) + weight;
    }
  }
  // The best `count`, most shared first, then earliest in the list (newest): one pass, no sort
  // of the thousands of articles that may share a common topic.
  const best: { position: number; score: number }[] = [];
  for (const position of touched) {
    const score = scores[position] ?? 0;
    scores[position] = 0;
    if (others[position]?.id === article.id) continue;
    const last = best[count - 1];
    if (last && (score < last.score || (score === last.score && position > last.position))) continue;
    const at = best.findIndex((b) => score > b.score || (score === b.score && position < b.position));
    if (at >= 0) best.splice(at, 0, { position, score });
    else best.push({ position, score });
    if (best.length > count) best.pop();
  }
  return best.flatMap(({ position }) => others[position] ?? []);
}
