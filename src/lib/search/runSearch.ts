import { DATE_SORT_KEY, FACETS } from './facets';
import { mergeResults, type MergedResult } from './mergeResults';
import type { FilterCounts, PagefindApi, PagefindFilterQuery, PagefindSearchOptions } from './pagefindApi';
import { queryVariants } from './queryVariants';
import { effectiveSort, hasCriteria, type SearchState } from './searchState';

export interface SearchOutcome {
  results: MergedResult[];
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

/**
 * Runs a search on Pagefind: every `d`/`đ` spelling of the words (queryVariants.ts) with the
 * selected filters, merged; facet counts come from the query as typed, which the folded
 * words in the index make match every page any spelling matches. A facet with a selection
 * is counted without its own selection, so its other values show what adding them gives.
 * `totals` are the counts of the whole site (`pagefind.filters()`).
 */
export async function runSearch(api: PagefindApi, state: SearchState, totals: FilterCounts): Promise<SearchOutcome> {
  if (!hasCriteria(state)) return { results: [], counts: totals };
  const term = state.q.trim() || null;
  const filters = pagefindFilters(state.filters);
  const options: PagefindSearchOptions = { filters };
  if (effectiveSort(state) === 'date') options.sort = { [DATE_SORT_KEY]: 'desc' };

  const spellings = term ? queryVariants(term) : [null];
  const responses = await Promise.all(spellings.map((s) => api.search(s, options)));
  const results = mergeResults(
    responses.map((r) => r?.results ?? []),
    options.sort ? 'first' : 'score',
  );

  const counts: FilterCounts = {};
  const main = responses[0];
  await Promise.all(
    FACETS.map(async ({ key }) => {
      if (!state.filters[key]?.length) {
        counts[key] = main?.filters?.[key] ?? {};
        return;
      }
      const others = pagefindFilters(state.filters, key);
      if (!term && Object.keys(others).length === 0) {
        counts[key] = totals[key] ?? {};
        return;
      }
      const response = await api.search(term, { filters: others });
      counts[key] = response?.filters?.[key] ?? {};
    }),
  );
  return { results, counts };
}
