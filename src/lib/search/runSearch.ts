import { exactQuery, tokenQuery } from './exactTokens';
import { withDForIndex } from './markDForIndex';
import { DATE_SORT_KEY, FACETS } from './facets';
import { mergeResults, type MergedResult } from './mergeResults';
import type { FilterCounts, PagefindApi, PagefindFilterQuery, PagefindResponse, PagefindSearchOptions } from './pagefindApi';
import { effectiveSort, hasCriteria, type SearchState } from './searchState';

export interface SearchOutcome {
  /** The matches: counted in the summary and the facet counts. */
  results: MergedResult[];
  /**
   * Pages that match a query typed with marks only once its marks are stripped ("trạng"
   * for "Tràng"): listed apart as "kết quả gần đúng", never counted.
   */
  approximate: MergedResult[];
  /** Per facet value, how many results selecting it would give (other facets as selected). */
  counts: FilterCounts;
}

/** Pagefind filters for a state: any selected value within a facet, every facet. */
export function pagefindFilters(filters: SearchState['filters'], except?: string): PagefindFilterQuery {
  const out: PagefindFilterQuery = {};
  for (const { key } of FACETS) {
    const values = filters[key];
    if (key !== except && values && values.length > 0) out[key] = { any: [...values] };
  }
  return out;
}

function intersect(sets: Set<string>[]): Set<string> {
  const [first, ...rest] = sets;
  return new Set([...(first ?? [])].filter((id) => rest.every((set) => set.has(id))));
}

const idsOf = (response: PagefindResponse | null | undefined) => new Set((response?.results ?? []).map((r) => r.id));

/**
 * Runs a search on Pagefind.
 *
 * Every query searches the folded text once, its `đ` written `d` as the index holds it
 * (markDForIndex.ts), so "doi" and "Đội" find and highlight the same words. A query typed with marks
 * (exactTokens.ts) is also searched as its exact tokens, each quoted (Pagefind then matches
 * that token only): only the pages holding every word with those marks are results, the
 * pages holding them side by side first; the rest of the folded matches become `approximate`. The folded search still ranks (by how often the
 * words occur) and gives each page its highlighted excerpt.
 *
 * Facet counts come from the counted query. A facet with a selection is counted without its
 * own selection, so its other values show what adding them gives. `totals` are the counts
 * of the whole site (`pagefind.filters()`).
 */
export async function runSearch(api: PagefindApi, state: SearchState, totals: FilterCounts): Promise<SearchOutcome> {
  if (!hasCriteria(state)) return { results: [], approximate: [], counts: totals };
  const term = state.q.trim() || null;
  const filters = pagefindFilters(state.filters);
  const options: PagefindSearchOptions = { filters };
  if (effectiveSort(state) === 'date') options.sort = { [DATE_SORT_KEY]: 'desc' };

  const exact = term ? exactQuery(term) : undefined;
  const [response, wordResponses, pairResponses, exactResponse] = await Promise.all([
    api.search(term && withDForIndex(term), options),
    Promise.all((exact?.words ?? []).map((t) => api.search(tokenQuery(t), options))),
    Promise.all((exact?.pairs ?? []).map((t) => api.search(tokenQuery(t), options))),
    // All word tokens at once: Pagefind's own count of the pages holding them all, for the facets.
    exact ? api.search(exact.words.join(' '), options) : undefined,
  ]);
  const merged = mergeResults([response?.results ?? []], options.sort ? 'first' : 'score');

  let results = merged;
  let approximate: MergedResult[] = [];
  let exactFound = true;
  if (exact) {
    const exactIds = intersect(wordResponses.map(idsOf));
    exactFound = exactIds.size > 0;
    const adjacent = pairResponses.length > 0 ? intersect(pairResponses.map(idsOf)) : new Set<string>();
    const folded = new Set(merged.map((r) => r.id));
    // Every exact match is a folded match too; kept apart only so that none could be lost.
    const onlyExact = mergeResults([(exactResponse?.results ?? []).filter((r) => exactIds.has(r.id) && !folded.has(r.id))], 'first');
    results = [...merged.filter((r) => exactIds.has(r.id)), ...onlyExact];
    if (!options.sort) results = [...results.filter((r) => adjacent.has(r.id)), ...results.filter((r) => !adjacent.has(r.id))];
    approximate = merged.filter((r) => !exactIds.has(r.id));
  }

  const countTerm = exact ? exact.words.join(' ') : term && withDForIndex(term);
  const main = exact ? exactResponse : response;
  const counts: FilterCounts = {};
  await Promise.all(
    FACETS.map(async ({ key }) => {
      if (!exactFound) {
        // A word with these marks is nowhere: Pagefind would count its nearest prefix instead.
        counts[key] = {};
        return;
      }
      if (!state.filters[key]?.length) {
        counts[key] = main?.filters?.[key] ?? {};
        return;
      }
      const others = pagefindFilters(state.filters, key);
      if (!countTerm && Object.keys(others).length === 0) {
        counts[key] = totals[key] ?? {};
        return;
      }
      const response = await api.search(countTerm, { filters: others });
      counts[key] = response?.filters?.[key] ?? {};
    }),
  );
  return { results, approximate, counts };
}
