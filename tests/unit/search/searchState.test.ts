import { describe, expect, it } from 'vitest';
import { effectiveSort, hasCriteria, paramsFromState, sameState, searchHref, stateFromParams, withFilter, type SearchState } from '~/lib/search/searchState';

const state: SearchState = {
  q: 'bảo vệ rừng',
  filters: { loai: ['Mô hình'], 'dia-ban': ['xã Tràng Đà', 'phường Nông Tiến'] },
  sort: 'date',
};

describe('search state in the URL', () => {
  it('round-trips words, several values per facet and the order through URLSearchParams', () => {
    expect(stateFromParams(new URLSearchParams(paramsFromState(state).toString()))).toEqual(state);
  });

  it('writes facets in a fixed order so equal searches have equal URLs', () => {
    const a = paramsFromState({ ...state, filters: { 'dia-ban': ['xã Tràng Đà'], loai: ['Mô hình'] } }).toString();
    const b = paramsFromState({ ...state, filters: { loai: ['Mô hình'], 'dia-ban': ['xã Tràng Đà'] } }).toString();
    expect(a).toBe(b);
  });

  it('reads the header form’s ?q= alone as a relevance search', () => {
    expect(stateFromParams(new URLSearchParams('q=doi+bao+ve+rung'))).toEqual({
      q: 'doi bao ve rung',
      filters: {},
      sort: 'relevance',
    });
  });

  it('ignores unknown parameters, blank values and repeated values', () => {
    const params = new URLSearchParams('q=++&utm_source=x&nam=2021&nam=2021&kieu=');
    expect(stateFromParams(params)).toEqual({ q: '', filters: { nam: ['2021'] }, sort: 'relevance' });
  });

  it('links an empty search to the bare search page', () => {
    expect(searchHref({ q: ' ', filters: {}, sort: 'relevance' })).toBe('/tim-kiem/');
    expect(searchHref({ q: 'tự quản', filters: {}, sort: 'relevance' })).toBe('/tim-kiem/?q=t%E1%BB%B1+qu%E1%BA%A3n');
  });

  it('treats searches with the same URL as the same search', () => {
    expect(sameState(state, { ...state, q: '  bảo   vệ rừng ' })).toBe(true);
    expect(sameState(state, { ...state, sort: 'relevance' })).toBe(false);
  });
});

describe('search criteria', () => {
  it('needs words or a selected value before anything is searched', () => {
    expect(hasCriteria({ q: '  ', filters: {}, sort: 'relevance' })).toBe(false);
    expect(hasCriteria({ q: '', filters: { loai: ['Bài viết'] }, sort: 'relevance' })).toBe(true);
  });

  it('lists a search without words newest first', () => {
    expect(effectiveSort({ q: '', filters: { loai: ['Mô hình'] }, sort: 'relevance' })).toBe('date');
    expect(effectiveSort({ q: 'rừng', filters: {}, sort: 'relevance' })).toBe('relevance');
  });

  it('selects and clears one value without touching the others', () => {
    const added = withFilter(state, 'loai', 'Bài viết', true);
    expect(added.filters.loai).toEqual(['Mô hình', 'Bài viết']);
    const removed = withFilter(added, 'loai', 'Mô hình', false);
    expect(removed.filters).toEqual({ loai: ['Bài viết'], 'dia-ban': ['xã Tràng Đà', 'phường Nông Tiến'] });
    expect(withFilter(removed, 'loai', 'Bài viết', false).filters.loai).toBeUndefined();
  });
});
