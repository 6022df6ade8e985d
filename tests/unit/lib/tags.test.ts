import { describe, expect, it } from 'vitest';
import { collectTags, groupByTag } from '~/lib/tags';

describe('collectTags', () => {
  it('merges tags that differ only in accents or case and counts articles once each', () => {
    const tags = collectTags([{ data: { tags: ['Mô hình tự quản', 'an ninh'] } }, { data: { tags: ['mô hình tự quản', 'Mo hinh tu quan'] } }]);
    expect(tags).toEqual([
      { tag: 'an ninh', slug: 'an-ninh', count: 1 },
      { tag: 'Mô hình tự quản', slug: 'mo-hinh-tu-quan', count: 2 },
    ]);
  });
});

describe('groupByTag', () => {
  it('lists each article once under each of its tags, in the order given', () => {
    const a = { id: 'a', data: { tags: ['Rừng', 'rung'] } };
    const b = { id: 'b', data: { tags: ['rừng', 'xăng dầu'] } };
    const groups = groupByTag([a, b]);
    expect(groups.map((g) => [g.slug, g.entries.map((e) => e.id)])).toEqual([
      ['rung', ['a', 'b']],
      ['xang-dau', ['b']],
    ]);
  });
});
