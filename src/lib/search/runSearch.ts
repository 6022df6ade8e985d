import { FACETS, type FacetPages, type FilterCounts } from './facets';
import { PageSet } from './pageSet';
import { parseQuery, queryKeys, type ParsedQuery } from './searchTokens';
import { effectiveSort, hasCriteria, type SearchState } from './searchState';

/** What the search page needs from the index (searchIndexClient.ts in the browser). */
export interface SearchIndex {
  pageCount: number;
  /** Each key's pages; a key the index lacks has none. */
  lookup(keys: readonly string[]): Promise<Map<string, PageSet>>;
  /** Each facet value's pages (fetched once, when first needed). */
  facets(): Promise<FacetPages>;
}

export interface SearchOutcome {
  /** The matches, best first: counted in the summary and the facet counts. */
  results: number[];
  /**
   * Pages that match a query typed with marks only once its marks are stripped ("trạng"
   * for "Tràng"): listed apart as "kết quả gần đúng", never counted.
   */
  approximate: number[];
  /** Per facet value, how many results selecting it would give (other facets as selected); empty unless asked for. */
  counts: FilterCounts;
}

const every = (sets: PageSet[], size: number) => sets.reduce((a, b) => a.and(b), PageSet.all(size));

/** Pages of the selected values: any value within a facet, every facet (but `except`). */
function filtered(facets: FacetPages, filters: SearchState['filters'], size: number, except?: string): PageSet {
  let out = PageSet.all(size);
  for (const { key } of FACETS) {
    const values = filters[key];
    if (key === except || !values?.length) continue;
    out = out.and(values.reduce((any, v) => any.or(facets[key]?.[v] ?? new PageSet(size)), new PageSet(size)));
  }
  return out;
}

/**
 * Orders pages best first: a page holding the query's syllables side by side (every pair)
 * before one holding them apart, a page about them (title, places, type, sector) or
 * repeating them before one that only mentions them;
 * ties newest first (the page number).
 */
function ranked(pages: number[], query: ParsedQuery, sets: Map<string, PageSet>, exactPairs: boolean): number[] {
  const pairSets = query.pairs.map((p) => sets.get(exactPairs ? p.exact : p.folded));
  const subjectSets = query.subject.map((key) => sets.get(key));
  const denseSets = query.dense.map((key) => sets.get(key));
  const share = (list: (PageSet | undefined)[], page: number) => (list.length === 0 ? 1 : list.filter((s) => s?.has(page)).length / list.length);
  const score = new Map(pages.map((page) => [page, 2 * share(pairSets, page) + share(subjectSets, page) + share(denseSets, page)]));
  return [...pages].sort((a, b) => score.get(b)! - score.get(a)! || a - b);
}

/**
 * Runs a search on the index.
 *
 * A query without marks matches folded syllables, `d` for `đ` included; a query with marks
 * counts only the pages holding each syllable with those marks, and lists the other folded
 * matches apart as `approximate`. Words in quotes must stand side by side. Whole syllables
 * only: "hàng" never finds "hàngs…", nor "ngân hàng" "cửa hàng".
 *
 * `withCounts` asks for the facet counts (when the filters are on screen): a facet with a
 * selection is counted without its own selection, so its other values show what adding
 * them gives. Without words or filters the site's `totals` are the counts.
 */
export async function runSearch(index: SearchIndex, state: SearchState, totals: FilterCounts, withCounts: boolean): Promise<SearchOutcome> {
  if (!hasCriteria(state)) return { results: [], approximate: [], counts: withCounts ? totals : {} };
  const size = index.pageCount;
  const query = parseQuery(state.q);
  const hasFilters = Object.values(state.filters).some((v) => v?.length);
  const [sets, facets] = await Promise.all([
    query ? index.lookup(queryKeys(query)) : new Map<string, PageSet>(),
    hasFilters || withCounts ? index.facets() : undefined,
  ]);
  const get = (key: string) => sets.get(key) ?? new PageSet(size);

  let matches = PageSet.all(size);
  let near = new PageSet(size);
  if (query) {
    const foldedMatches = every([...query.folded.map(get), ...query.pairs.filter((p) => p.required).map((p) => get(p.folded))], size);
    if (query.exact) {
      matches = every([...query.exact.map(get), ...query.pairs.filter((p) => p.required).map((p) => get(p.exact))], size);
      near = foldedMatches.andNot(matches);
    } else {
      matches = foldedMatches;
    }
  }

  const selected = facets && hasFilters ? filtered(facets, state.filters, size) : PageSet.all(size);
  const order = (set: PageSet, exactPairs: boolean) => {
    const pages = set.and(selected).pages();
    return query && effectiveSort(state) === 'relevance' ? ranked(pages, query, sets, exactPairs) : pages;
  };

  const counts: FilterCounts = {};
  if (withCounts && facets) {
    for (const { key } of FACETS) {
      const base = matches.and(filtered(facets, state.filters, size, key));
      counts[key] = Object.fromEntries(Object.entries(facets[key] ?? {}).map(([value, pages]) => [value, base.and(pages).count()]));
    }
  }
  return { results: order(matches, Boolean(query?.exact)), approximate: order(near, false), counts };
}
