import { describe, expect, it } from 'vitest';
import { exactQuery, exactToken, exactTokensOf, hasMarks, tokenQuery } from '~/lib/search/exactTokens';

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

describe('exactTokensOf', () => {
  it('lists each word and each pair of neighbours once, not pairing across punctuation', () => {
    expect(exactTokensOf('xã Tràng Đà, Tràng Đà')).toEqual(['xax', 'trangf', 'xaxtrangf', 'ddaf', 'trangfddaf']);
  });
});

describe('exactQuery', () => {
  it('looks up a query typed with marks as word tokens and pair tokens', () => {
    expect(exactQuery('xã Phú Lương')).toEqual({ words: ['xax', 'phus', 'luwowngz'], pairs: ['xaxphus', 'phusluwowngz'] });
    expect(exactQuery('TRÀNG ĐÀ')).toEqual(exactQuery('Tràng Đà'));
  });

  it('leaves a query without marks, or with quotes, to the folded search', () => {
    expect(exactQuery('trang da')).toBeUndefined();
    expect(exactQuery('"Tràng Đà"')).toBeUndefined();
    expect(hasMarks('doi')).toBe(false);
    expect(hasMarks('đoi')).toBe(true);
  });

  it('quotes a token so that Pagefind matches it alone, not by prefix', () => {
    expect(tokenQuery('trangf')).toBe('"trangf"');
  });
});
