import { describe, expect, it } from 'vitest';
import { chooseTag, knownTags, suggestTags } from '~/lib/tagSuggestions';

const KNOWN = knownTags([
  ['Tổ quốc', 'an ninh trật tự', 'ANTT'],
  ['tổ quốc', 'an ninh nông thôn'],
  ['Tổ quốc', 'phong trào toàn dân bảo vệ an ninh Tổ quốc'],
  ['an ninh trật tự', 'Tổ quốc'],
]);
const names = (tags: { tag: string }[]) => tags.map((t) => t.tag);

describe('knownTags', () => {
  it('lists each tag once in the spelling most entries use, counting entries, most used first', () => {
    expect(KNOWN.slice(0, 2)).toEqual([
      { tag: 'Tổ quốc', slug: 'to-quoc', count: 4 },
      { tag: 'an ninh trật tự', slug: 'an-ninh-trat-tu', count: 2 },
    ]);
    expect(KNOWN).toHaveLength(5);
  });

  it('ignores what is not text and counts a tag repeated in one entry once', () => {
    expect(knownTags([['Rừng', 'rung', 3 as unknown as string, '  ']])).toEqual([{ tag: 'Rừng', slug: 'rung', count: 1 }]);
  });
});

describe('suggestTags', () => {
  it('finds a tag typed without marks or capitals: "to quoc" suggests "Tổ quốc" first', () => {
    expect(names(suggestTags('to quoc', KNOWN))).toEqual(['Tổ quốc', 'phong trào toàn dân bảo vệ an ninh Tổ quốc']);
  });

  it('matches the start of any word, not the middle of one', () => {
    expect(names(suggestTags('nong', KNOWN))).toEqual(['an ninh nông thôn']);
    expect(suggestTags('ong', KNOWN)).toEqual([]);
  });

  it('ranks tags starting with the text before tags with a later word starting with it', () => {
    expect(names(suggestTags('an', KNOWN))).toEqual(['an ninh trật tự', 'an ninh nông thôn', 'ANTT', 'phong trào toàn dân bảo vệ an ninh Tổ quốc']);
  });

  it('leaves out the tags the entry already has, in any spelling', () => {
    expect(names(suggestTags('to', KNOWN, ['TỔ QUỐC']))).toEqual(['phong trào toàn dân bảo vệ an ninh Tổ quốc']);
  });

  it('offers the most used tags when nothing is typed, up to the limit', () => {
    expect(names(suggestTags('', KNOWN, [], 2))).toEqual(['Tổ quốc', 'an ninh trật tự']);
  });
});

describe('chooseTag', () => {
  it('stores a tag that differs from a known one only by case or marks in the known spelling, and says so', () => {
    const choice = chooseTag('to quoc', KNOWN, []);
    expect(choice).toMatchObject({ kind: 'add', tag: 'Tổ quốc' });
    expect(choice.note).toContain('"Tổ quốc"');
    expect(chooseTag('  tổ   QUỐC ', KNOWN, [])).toMatchObject({ kind: 'add', tag: 'Tổ quốc' });
  });

  it('adds a new tag as typed, tidied (NFC, single spaces), without a note', () => {
    expect(chooseTag(' an ninh  mạng ', KNOWN, [])).toEqual({ kind: 'add', tag: 'an ninh mạng' });
    expect(chooseTag('an ninh ma\u0323ng', KNOWN, [])).toEqual({ kind: 'add', tag: 'an ninh mạng' });
  });

  it('does not add a tag the entry already has, nor text without a letter or digit', () => {
    expect(chooseTag('tổ quốc', KNOWN, ['Tổ quốc'])).toEqual({ kind: 'skip', note: 'Bài đã có chủ đề "Tổ quốc".' });
    expect(chooseTag('--', KNOWN, [])).toMatchObject({ kind: 'skip' });
  });
});
