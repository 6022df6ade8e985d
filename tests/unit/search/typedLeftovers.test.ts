import { describe, expect, it } from 'vitest';
import { foldVietnamese } from '~/lib/foldVietnamese';
import { lexiconWords } from '~/lib/search/lexicon';
import { lexiconOf, mayHaveLeftovers, recogniseQuery, splitRunTogether, telexToken, vniToken } from '~/lib/search/typedLeftovers';
import { exactToken } from '~/lib/search/exactTokens';

const lexicon = lexiconOf(lexiconWords(['Cửa hàng xăng dầu, đội bảo vệ rừng xã Tràng Đà; người dân thôn Hồi Xuân, mưa, xoăn, dau, bus']), foldVietnamese);

describe('telexToken and vniToken', () => {
  it('read Telex keys as the marks they type, wherever the tone key falls', () => {
    for (const [typed, word] of [
      ['xawng', 'xăng'],
      ['daauf', 'dầu'],
      ['tranfg', 'tràng'],
      ['ddaf', 'đà'],
      ['nguwowfi', 'người'],
      ['nguoiwf', 'người'],
      ['muwa', 'mưa'],
      ['xoanw', 'xoăn'],
      ['Trangf', 'tràng'],
    ] as const) {
      expect(telexToken(typed), typed).toBe(exactToken(word));
    }
  });

  it('read VNI digits as the marks they type', () => {
    expect(vniToken('xa8ng')).toBe(exactToken('xăng'));
    expect(vniToken('da6u2')).toBe(exactToken('dầu'));
    expect(vniToken('d9a2')).toBe(exactToken('đà'));
    expect(vniToken('nguo7i2')).toBe(exactToken('người'));
  });

  it('find no key in a plain word', () => {
    expect(telexToken('rung')).toBeUndefined();
    expect(vniToken('rung')).toBeUndefined();
  });
});

describe('recogniseQuery', () => {
  it('reads raw Telex and VNI as the words the site uses', () => {
    expect(recogniseQuery('xawng daauf', lexicon)).toBe('xăng dầu');
    expect(recogniseQuery('xa8ng da6u', lexicon)).toBe('xăng dầu');
    expect(recogniseQuery('ddooij baor veej', lexicon)).toBe('đội bảo vệ');
  });

  it('prefers the word typed with its very tone over one read without the tone key', () => {
    const withBoth = lexiconOf(['dâu', 'dầu'], foldVietnamese);
    expect(recogniseQuery('da6u', withBoth)).toBe('dâu');
    expect(recogniseQuery('da6u2', withBoth)).toBe('dầu');
  });

  it('splits syllables typed without spaces', () => {
    expect(recogniseQuery('baoverung', lexicon)).toBe('bao ve rung');
    expect(splitRunTogether('trangda', lexicon)).toEqual(['trang', 'da']);
  });

  it('keeps real words, words with marks, quoted phrases and words it cannot read', () => {
    expect(recogniseQuery('dau', lexicon)).toBeUndefined(); // "dau" is a word; not Telex for "dâu"
    expect(recogniseQuery('bus', lexicon)).toBeUndefined();
    expect(recogniseQuery('xăng dầu', lexicon)).toBeUndefined();
    expect(recogniseQuery('"xawng"', lexicon)).toBeUndefined();
    expect(recogniseQuery('qwertyzz', lexicon)).toBeUndefined();
  });

  it('is only worth a lexicon when the query looks like leftovers', () => {
    expect(mayHaveLeftovers('xawng daauf')).toBe(true);
    expect(mayHaveLeftovers('xa8ng')).toBe(true);
    expect(mayHaveLeftovers('baoverung')).toBe(true);
    expect(mayHaveLeftovers('bao ve rung')).toBe(false);
    expect(mayHaveLeftovers('thôn 14')).toBe(false);
  });
});

describe('lexiconWords', () => {
  it('keeps each word that can be a Vietnamese syllable once, lower case with its marks', () => {
    expect(lexiconWords(['Đội ĐỘI Xuân, BIDV quốc 110kV wifi'])).toEqual(['bidv', 'quốc', 'xuân', 'đội']);
  });
});
