import { describe, expect, it } from 'vitest';
import { foldVietnamese } from '~/lib/foldVietnamese';

describe('foldVietnamese', () => {
  it('folds tone marks, vowel marks and đ the way people type without accents', () => {
    expect(foldVietnamese('Đội Bảo Vệ Rừng')).toBe('doi bao ve rung');
    expect(foldVietnamese('ĐỘI BẢO VỆ RỪNG')).toBe('doi bao ve rung');
    expect(foldVietnamese('Sơn Dương, Hàm Yên, Mỹ Lâm')).toBe('son duong, ham yen, my lam');
  });

  it('treats tone-mark placements and combining forms alike', () => {
    expect(foldVietnamese('hoà')).toBe(foldVietnamese('hòa'));
    expect(foldVietnamese('Tràng Đà'.normalize('NFD'))).toBe('trang da');
  });
});
