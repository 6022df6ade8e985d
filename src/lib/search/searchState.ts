import { FACETS, isFacetKey, type FacetKey } from './facets';

/**
 * What a search is: the words, the selected facet values and the order. It lives in the URL
 * (`/tim-kiem/?q=rung&loai=Mô+hình&sap-xep=moi-nhat`) so a search can be shared and Back
 * restores it.
 */
export type SortOrder = 'relevance' | 'date';

export interface SearchState {
  q: string;
  /** Selected values per facet; a facet matches any of its values, facets combine with AND. */
  filters: Partial<Record<FacetKey, string[]>>;
  sort: SortOrder;
}

export const SORT_PARAM = 'sap-xep';
export const SORT_NEWEST = 'moi-nhat';

export const EMPTY_STATE: SearchState = { q: '', filters: {}, sort: 'relevance' };

function normaliseQuery(q: string): string {
  return q.normalize('NFC').replace(/\s+/g, ' ').trim();
}

function normaliseFilters(filters: SearchState['filters']): SearchState['filters'] {
  const out: SearchState['filters'] = {};
  for (const { key } of FACETS) {
    const values = [...new Set((filters[key] ?? []).map((v) => v.normalize('NFC').trim()).filter(Boolean))];
    if (values.length > 0) out[key] = values;
  }
  return out;
}

export function stateFromParams(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const [key, value] of params) {
    if (isFacetKey(key)) (filters[key] ??= []).push(value);
  }
  return {
    q: normaliseQuery(params.get('q') ?? ''),
    filters: normaliseFilters(filters),
    sort: params.get(SORT_PARAM) === SORT_NEWEST ? 'date' : 'relevance',
  };
}

export function paramsFromState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  const q = normaliseQuery(state.q);
  if (q) params.set('q', q);
  const filters = normaliseFilters(state.filters);
  for (const { key } of FACETS) for (const value of filters[key] ?? []) params.append(key, value);
  if (state.sort === 'date') params.set(SORT_PARAM, SORT_NEWEST);
  return params;
}

/** The search page URL for a state ("/tim-kiem/" when empty). */
export function searchHref(state: SearchState, path = '/tim-kiem/'): string {
  const query = paramsFromState(state).toString();
  return query ? `${path}?${query}` : path;
}

export function sameState(a: SearchState, b: SearchState): boolean {
  return paramsFromState(a).toString() === paramsFromState(b).toString();
}

/** True when there is something to search for: words or at least one selected value. */
export function hasCriteria(state: SearchState): boolean {
  return normaliseQuery(state.q) !== '' || Object.values(state.filters).some((v) => v && v.length > 0);
}

/** Without words there is no relevance: such searches are listed newest first. */
export function effectiveSort(state: SearchState): SortOrder {
  return normaliseQuery(state.q) === '' ? 'date' : state.sort;
}

export function withFilter(state: SearchState, key: FacetKey, value: string, selected: boolean): SearchState {
  const current = state.filters[key] ?? [];
  const values = selected ? [...current.filter((v) => v !== value), value] : current.filter((v) => v !== value);
  return { ...state, filters: normaliseFilters({ ...state.filters, [key]: values }) };
}
