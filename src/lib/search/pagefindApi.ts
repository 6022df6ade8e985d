/** The part of Pagefind's browser API (`/pagefind/pagefind.js`, v1.6) the search page uses. */
export type FilterCounts = Record<string, Record<string, number>>;

export interface PagefindResultData {
  url: string;
  /** HTML: entities escaped by Pagefind, matches wrapped in `<mark>`. */
  excerpt: string;
  /** Raw, unescaped values. */
  meta: Record<string, string | undefined>;
}

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

export interface PagefindResponse {
  results: PagefindResult[];
  /** Counts if each value were added to the current filters (only after `filters()` was loaded). */
  filters?: FilterCounts;
  totalFilters?: FilterCounts;
  unfilteredResultCount?: number;
}

export type PagefindFilterQuery = Record<string, { any: string[] }>;

export interface PagefindSearchOptions {
  filters?: PagefindFilterQuery;
  sort?: Record<string, 'asc' | 'desc'>;
}

export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  filters(): Promise<FilterCounts>;
  search(term: string | null, options?: PagefindSearchOptions): Promise<PagefindResponse | null>;
}
