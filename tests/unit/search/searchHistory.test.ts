import { describe, expect, it } from 'vitest';
import { historyEntry, historyStep, readHistoryEntry } from '~/lib/search/searchHistory';
import { EMPTY_STATE, type SearchState } from '~/lib/search/searchState';

const PATH = '/tim-kiem/';
const search = (q: string, filters: SearchState['filters'] = {}): SearchState => ({ ...EMPTY_STATE, q, filters });

describe('search history', () => {
  it('gives a committed search its own entry with its URL, so Back returns to the one before', () => {
    const step = historyStep(historyEntry(search('rừng'), false), search('đội', { loai: ['Mô hình'] }), false, PATH);
    expect(step).toEqual({
      method: 'pushState',
      entry: { search: 'q=%C4%91%E1%BB%99i&loai=M%C3%B4+h%C3%ACnh', live: false },
      url: '/tim-kiem/?q=%C4%91%E1%BB%99i&loai=M%C3%B4+h%C3%ACnh',
    });
  });

  it('keeps the letters of one typed search in one entry', () => {
    const first = historyStep(historyEntry(EMPTY_STATE, false), search('r'), true, PATH);
    expect(first.method).toBe('pushState');
    const second = historyStep(first.entry, search('rừ'), true, PATH);
    expect(second).toMatchObject({ method: 'replaceState', entry: { search: 'q=r%E1%BB%AB', live: true } });
  });

  it('closes a typed search to further typing when it is committed with Enter', () => {
    const typed = historyEntry(search('rừng'), true);
    const committed = historyStep(typed, search('rừng'), false, PATH);
    expect(committed).toMatchObject({ method: 'replaceState', entry: { live: false } });
    expect(historyStep(committed.entry, search('rừng x'), true, PATH).method).toBe('pushState');
  });

  it('links the empty search to the bare page', () => {
    expect(historyStep(undefined, EMPTY_STATE, false, PATH)).toEqual({ method: 'pushState', entry: { search: '', live: false }, url: PATH });
  });

  it('reads only entries it wrote from history.state', () => {
    expect(readHistoryEntry(null)).toBeUndefined();
    expect(readHistoryEntry({ other: 1 })).toBeUndefined();
    expect(readHistoryEntry({ search: 'q=a' })).toEqual({ search: 'q=a', live: false });
  });
});
