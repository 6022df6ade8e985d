import { describe, expect, it } from 'vitest';
import { pageTokens, parseQuery, queryKeys, shardKey } from '~/lib/search/searchTokens';

describe('pageTokens', () => {
  it('indexes each syllable folded and as written, and each pair of neighbours both ways', () => {
    const tokens = pageTokens('Xã Tràng Đà', '');
    for (const t of ['xa', 'trang', 'da', '=xã', '=tràng', '=đà', 'xa trang', 'trang da', '=xã tràng', '=tràng đà']) expect(tokens).toContain(t);
  });

  it('never pairs words that punctuation keeps apart', () => {
    const tokens = pageTokens('Tân Yên - Việt Thành', '');
    expect(tokens).toContain('tan yen');
    expect(tokens).toContain('viet thanh');
    expect(tokens).not.toContain('yen viet');
  });

  it('keeps what the page is about in a namespace of its own', () => {
    const tokens = pageTokens('ngân hàng', 'Ngân hàng Đầu tư');
    expect(tokens).toContain('#ngan hang');
    expect(tokens).toContain('#dau tu');
    expect(tokens).not.toContain('#=ngân');
  });
});

describe('parseQuery', () => {
  it('looks a query without marks up folded only, d for đ included', () => {
    const query = parseQuery('doi bao ve')!;
    expect(query.exact).toBeUndefined();
    expect(query.folded).toEqual(['doi', 'bao', 've']);
    expect(query.pairs.map((p) => p.folded)).toEqual(['doi bao', 'bao ve']);
    expect(query.pairs.every((p) => !p.required)).toBe(true);
  });

  it('looks a query with marks up as written too, case aside', () => {
    const query = parseQuery('TRÀNG Đà')!;
    expect(query.exact).toEqual(['=tràng', '=đà']);
    expect(queryKeys(query)).toEqual(expect.arrayContaining(['trang', 'da', 'trang da', '=tràng đà', '#trang da']));
  });

  it('requires the words inside quotes side by side, and only those', () => {
    const query = parseQuery('xã "Phú Lương"')!;
    expect(query.pairs.map((p) => [p.folded, p.required])).toEqual([
      ['xa phu', false],
      ['phu luong', true],
    ]);
  });

  it('has nothing to look up without words', () => {
    expect(parseQuery(' " , ')).toBeUndefined();
  });
});

describe('shardKey', () => {
  it('files a syllable’s marked and subject forms with its folded form, so a query fetches one file per syllable', () => {
    expect(new Set(['=tràng', '=trạng', '#trang', 'trang'].map(shardKey))).toEqual(new Set(['trang']));
    expect(shardKey('=tràng đà')).toBe('trang da');
  });
});

describe('dense tokens', () => {
  it('mark the syllables and pairs a page repeats for its length, not those a long page names once', () => {
    const short = pageTokens('Cửa hàng ở Tam Đa. Thôn Hồi Xuân, Tam Đa.', '');
    expect(short).toContain('+tam da');
    const long = pageTokens(`Tam Đa. ${'một hai ba bốn năm '.repeat(100)} Tam Đa.`, '');
    expect(long).toContain('tam da');
    expect(long).not.toContain('+tam da');
  });
});
