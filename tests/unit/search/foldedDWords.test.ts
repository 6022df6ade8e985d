import { describe, expect, it } from 'vitest';
import { foldedDWords } from '~/lib/search/foldedDWords';

describe('foldedDWords', () => {
  it('folds the words that contain đ to plain ASCII, each once', () => {
    expect(foldedDWords('Đội bảo vệ rừng của đội sản xuất tại xã Tràng Đà')).toEqual(['doi', 'da']);
  });

  it('ignores words already written with d, which Pagefind finds by itself', () => {
    expect(foldedDWords('Cửa hàng xăng dầu, nhân dân')).toEqual([]);
  });

  it('reads decomposed (NFD) text the same as composed text', () => {
    expect(foldedDWords('Đi\u0323a bàn'.normalize('NFD'))).toEqual(['dia']);
  });
});
