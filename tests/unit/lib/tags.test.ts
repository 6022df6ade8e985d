import { describe, expect, it } from 'vitest';
import { collectTags } from '../../../src/lib/tags';

describe('collectTags', () => {
  it('merges tags that differ only in accents or case and counts articles once each', () => {
    const tags = collectTags([
      { data: { tags: ['Mô hình tự quản', 'an ninh'] } },
      { data: { tags: ['mô hình tự quản', 'Mo hinh tu quan'] } },
    ]);
    expect(tags).toEqual([
      { tag: 'an ninh', slug: 'an-ninh', count: 1 },
      { tag: 'Mô hình tự quản', slug: 'mo-hinh-tu-quan', count: 2 },
    ]);
  });
});
