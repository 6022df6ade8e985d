import { describe, expect, it } from 'vitest';
import { queryVariants } from '~/lib/search/queryVariants';

describe('queryVariants', () => {
  it('tries đ for a syllable typed with d, the query as typed first', () => {
    expect(queryVariants('doi bao ve rung')).toEqual(['doi bao ve rung', 'đoi bao ve rung']);
  });

  it('keeps upper case when it swaps D for Đ', () => {
    expect(queryVariants('DOI BAO VE RUNG')).toEqual(['DOI BAO VE RUNG', 'ĐOI BAO VE RUNG']);
  });

  it('combines every d-syllable independently', () => {
    expect(new Set(queryVariants('trang da dau'))).toEqual(new Set(['trang da dau', 'trang đa dau', 'trang da đau', 'trang đa đau']));
  });

  it('leaves a query without d-syllables as the only spelling', () => {
    expect(queryVariants('  tu   quan ')).toEqual(['tu quan']);
  });

  it('keeps a đ the reader typed', () => {
    expect(queryVariants('Đội bảo vệ rừng')).toEqual(['Đội bảo vệ rừng']);
  });

  it('expands at most three d-syllables, so at most eight searches run', () => {
    const variants = queryVariants('dan doi dia diem da');
    expect(variants).toHaveLength(8);
    expect(variants.every((v) => v.endsWith('diem da'))).toBe(true);
  });

  it('gives nothing for an empty query', () => {
    expect(queryVariants('   ')).toEqual([]);
  });
});
