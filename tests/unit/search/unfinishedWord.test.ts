import { describe, expect, it } from 'vitest';
import { withoutUnfinishedWord } from '~/lib/search/unfinishedWord';

describe('withoutUnfinishedWord', () => {
  it('leaves out the word still being typed', () => {
    expect(withoutUnfinishedWord('bảo vệ r')).toBe('bảo vệ');
    expect(withoutUnfinishedWord('ngân h')).toBe('ngân');
  });

  it('keeps a query whose last word is finished by a space or a closing quote', () => {
    expect(withoutUnfinishedWord('bảo vệ ')).toBeUndefined();
    expect(withoutUnfinishedWord('"Tràng Đà"')).toBeUndefined();
  });

  it('keeps an open phrase open, without its unfinished word', () => {
    expect(withoutUnfinishedWord('"Tràng Đ')).toBe('"Tràng');
  });

  it('has nothing to offer for a single word or for punctuation before it', () => {
    expect(withoutUnfinishedWord('r')).toBeUndefined();
    expect(withoutUnfinishedWord('" r')).toBeUndefined();
    expect(withoutUnfinishedWord('')).toBeUndefined();
  });
});
