import type { PagefindResult } from './pagefindApi';

export interface MergedResult {
  id: string;
  /** The best score the page reached in any of the lists. */
  score: number;
  /** The result with that score: its excerpt highlights the words as the page writes them. */
  result: PagefindResult;
}

/**
 * One list from several result lists of a query (the folded search and the exact tokens, see runSearch.ts),
 * each page once with its best-scoring result. `by: 'score'` orders by that score (ties keep
 * first appearance); `by: 'first'` keeps the order of the lists as given, the first list's
 * pages first (for date order, which every list already follows).
 */
export function mergeResults(lists: readonly (readonly PagefindResult[])[], by: 'score' | 'first'): MergedResult[] {
  const byId = new Map<string, MergedResult>();
  for (const list of lists) {
    for (const result of list) {
      const seen = byId.get(result.id);
      if (!seen) byId.set(result.id, { id: result.id, score: result.score, result });
      else if (result.score > seen.score) byId.set(result.id, { ...seen, score: result.score, result });
    }
  }
  const merged = [...byId.values()];
  return by === 'score' ? merged.sort((a, b) => b.score - a.score) : merged;
}
