import { describe, expect, it } from 'vitest';
import { mergeResults } from '~/lib/search/mergeResults';
import type { PagefindResult } from '~/lib/search/pagefindApi';

const r = (id: string, score: number, from: string): PagefindResult => ({
  id,
  score,
  data: async () => ({ url: `/${id}/`, excerpt: from, meta: {} }),
});

describe('mergeResults', () => {
  it('keeps each page once, with the result of the spelling that scored best', async () => {
    const merged = mergeResults([[r('rung', 10, 'doi')], [r('rung', 33, 'đoi'), r('xang', 2, 'đoi')]], 'score');
    expect(merged.map((m) => [m.id, m.score])).toEqual([
      ['rung', 33],
      ['xang', 2],
    ]);
    expect((await merged[0]!.result.data()).excerpt).toBe('đoi');
  });

  it('orders by best score, ties in order of first appearance', () => {
    const merged = mergeResults(
      [
        [r('a', 1, ''), r('b', 5, '')],
        [r('c', 5, ''), r('a', 9, '')],
      ],
      'score',
    );
    expect(merged.map((m) => m.id)).toEqual(['a', 'b', 'c']);
  });

  it('keeps the given order for date-sorted lists, the first list first', () => {
    const merged = mergeResults(
      [
        [r('new', 1, ''), r('old', 9, '')],
        [r('mid', 20, ''), r('new', 3, '')],
      ],
      'first',
    );
    expect(merged.map((m) => m.id)).toEqual(['new', 'old', 'mid']);
  });
});
