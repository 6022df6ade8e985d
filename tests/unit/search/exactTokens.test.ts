import { describe, expect, it } from 'vitest';
import { exactToken, hasMarks } from '~/lib/search/exactTokens';

describe('exactToken', () => {
  it('spells a word the Telex way with its tone letter last, z for no tone', () => {
    expect(exactToken('Tràng')).toBe('trangf');
    expect(exactToken('Đà')).toBe('ddaf');
    expect(exactToken('xã')).toBe('xax');
    expect(exactToken('Lương')).toBe('luwowngz');
    expect(exactToken('ngân')).toBe('ngaanz');
    expect(exactToken('hàng')).toBe('hangf');
    expect(exactToken('vệ')).toBe('veej');
    expect(exactToken('rừng')).toBe('ruwngf');
    expect(exactToken('ăn')).toBe('awnz');
    expect(exactToken('BIDV')).toBe('bidvz');
  });

  it('tells apart words that differ only in their marks', () => {
    const forms = ['trang', 'tràng', 'trạng', 'tráng', 'trăng', 'đa', 'da', 'đà', 'đã'];
    expect(new Set(forms.map(exactToken)).size).toBe(forms.length);
  });

  it('gives the same token for upper case and for a word written decomposed (NFD)', () => {
    expect(exactToken('TRÀNG')).toBe(exactToken('tràng'));
    expect(exactToken('Tràng'.normalize('NFD'))).toBe('trangf');
  });
});

describe('hasMarks', () => {
  it('tells a word typed with marks, đ included, from one without', () => {
    expect(hasMarks('doi')).toBe(false);
    expect(hasMarks('đoi')).toBe(true);
    expect(hasMarks('Tràng'.normalize('NFD'))).toBe(true);
  });
});
