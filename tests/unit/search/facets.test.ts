import { describe, expect, it } from 'vitest';
import { dateSortValue, sortFacetValues } from '~/lib/search/facets';

describe('facets', () => {
  it('lists years newest first and names in Vietnamese order', () => {
    expect(sortFacetValues('nam', ['2019', '2021', '2020'])).toEqual(['2021', '2020', '2019']);
    expect(sortFacetValues('dia-ban', ['xã Tràng Đà', 'phường Nông Tiến', 'xã Tam Đa'])).toEqual(['phường Nông Tiến', 'xã Tam Đa', 'xã Tràng Đà']);
  });

  it('gives every page a date sort value, undated ones last', () => {
    expect(dateSortValue('2021-10-05', 2021)).toBe('2021-10-05');
    expect(dateSortValue(undefined, 2019)).toBe('2019');
    expect(dateSortValue()).toBe('0000');
  });
});
