import { describe, expect, it } from 'vitest';
import type { PagefindApi, PagefindResponse, PagefindSearchOptions } from '~/lib/search/pagefindApi';
import { pagefindFilters, runSearch } from '~/lib/search/runSearch';

/** A stand-in for pagefind.js that records every search it is asked for. */
function fakePagefind(answer: (term: string | null, options?: PagefindSearchOptions) => PagefindResponse) {
  const calls: { term: string | null; options?: PagefindSearchOptions }[] = [];
  const api: PagefindApi = {
    options: async () => {},
    filters: async () => ({}),
    search: async (term, options) => {
      calls.push({ term, options });
      return answer(term, options);
    },
  };
  return { api, calls };
}

const result = (id: string, score: number) => ({ id, score, data: async () => ({ url: `/${id}/`, excerpt: '', meta: {} }) });

describe('runSearch', () => {
  it('searches nothing and shows the site totals when there are no words and no filters', async () => {
    const { api, calls } = fakePagefind(() => ({ results: [] }));
    const outcome = await runSearch(api, { q: ' ', filters: {}, sort: 'relevance' }, { loai: { 'Mô hình': 9 } });
    expect(calls).toEqual([]);
    expect(outcome).toEqual({ results: [], approximate: [], counts: { loai: { 'Mô hình': 9 } } });
  });

  it('searches a query without marks once, in the order Pagefind ranks it', async () => {
    const { api, calls } = fakePagefind(() => ({ results: [result('theo-doi', 3), result('rung', 1)] }));
    const outcome = await runSearch(api, { q: 'doi', filters: {}, sort: 'relevance' }, {});
    expect(calls.map((c) => c.term)).toEqual(['doi']);
    expect(outcome.results.map((r) => r.id)).toEqual(['theo-doi', 'rung']);
  });

  it('writes đ as d for the folded search, as the index holds it', async () => {
    const { api, calls } = fakePagefind(() => ({ results: [] }));
    await runSearch(api, { q: 'Đội', filters: {}, sort: 'relevance' }, {});
    expect(calls.map((c) => c.term)).toContain('Doi'.replace('oi', 'ội'));
  });

  it('lists a filter without words newest first', async () => {
    const { api, calls } = fakePagefind(() => ({ results: [], filters: { loai: { 'Mô hình': 9 } } }));
    await runSearch(api, { q: '', filters: { kieu: ['Tự quản'] }, sort: 'relevance' }, {});
    expect(calls[0]).toEqual({ term: null, options: { filters: { kieu: { any: ['Tự quản'] } }, sort: { date: 'desc' } } });
  });

  it('counts a facet with a selection as if its own selection were cleared', async () => {
    const { api, calls } = fakePagefind((_term, options): PagefindResponse =>
      options?.filters?.kieu
        ? { results: [], filters: { kieu: { 'Tự quản': 3, 'Liên kết': 0 }, loai: { 'Mô hình': 3 } } }
        : { results: [], filters: { kieu: { 'Tự quản': 3, 'Liên kết': 6 } } },
    );
    const outcome = await runSearch(api, { q: 'rung', filters: { kieu: ['Tự quản'] }, sort: 'relevance' }, {});
    expect(calls.at(-1)).toEqual({ term: 'rung', options: { filters: {} } });
    expect(outcome.counts.kieu).toEqual({ 'Tự quản': 3, 'Liên kết': 6 });
    expect(outcome.counts.loai).toEqual({ 'Mô hình': 3 });
  });
});

describe('runSearch with a query typed with marks', () => {
  // The index as Pagefind would answer it: folded words match every page below; the exact
  // tokens only the pages that write the words with these marks.
  const pages: Record<string, string[]> = {
    'tinh-trang': ['trangz', 'ddax'], // "tình trạng … đã"
    'trang-da-apart': ['trangf', 'ddaf'], // "Tràng" and "Đà" far apart
    'trang-da': ['trangf', 'ddaf', 'trangfddaf'],
  };
  const folded = [result('tinh-trang', 9), result('trang-da-apart', 5), result('trang-da', 4)];
  const answer = (term: string | null): PagefindResponse => {
    if (term === 'Tràng Dà') return { results: folded };
    const token = /^"(.*)"$/.exec(term ?? '')?.[1];
    const ids = Object.keys(pages).filter((id) => token && pages[id]!.includes(token));
    return { results: ids.map((id) => result(id, 1)), filters: { kieu: { 'Liên kết': 2 } } };
  };

  it('counts only the pages holding the words with their marks, side by side first', async () => {
    const { api } = fakePagefind(answer);
    const outcome = await runSearch(api, { q: 'Tràng Đà', filters: {}, sort: 'relevance' }, {});
    expect(outcome.results.map((r) => r.id)).toEqual(['trang-da', 'trang-da-apart']);
  });

  it('lists the pages matching only without marks apart, as approximate', async () => {
    const { api } = fakePagefind(answer);
    const outcome = await runSearch(api, { q: 'Tràng Đà', filters: {}, sort: 'relevance' }, {});
    expect(outcome.approximate.map((r) => r.id)).toEqual(['tinh-trang']);
  });

  it('counts facets over the exact matches, and none when a word with these marks is nowhere', async () => {
    const { api, calls } = fakePagefind((term) => (term === 'trangf ddaf' ? { results: [], filters: { kieu: { 'Liên kết': 2 } } } : answer(term)));
    const found = await runSearch(api, { q: 'Tràng Đà', filters: {}, sort: 'relevance' }, {});
    expect(calls.map((c) => c.term)).toContain('trangf ddaf');
    expect(found.counts.kieu).toEqual({ 'Liên kết': 2 });
    const none = await runSearch(api, { q: 'Trăng Đà', filters: {}, sort: 'relevance' }, {});
    expect(none.results).toEqual([]);
    expect(none.counts.kieu).toEqual({});
  });
});

describe('pagefindFilters', () => {
  it('matches any selected value within a facet and leaves out empty facets', () => {
    expect(pagefindFilters({ 'dia-ban': ['xã Tam Đa', 'xã Phú Lương'], nam: [] })).toEqual({
      'dia-ban': { any: ['xã Tam Đa', 'xã Phú Lương'] },
    });
  });
});
