import { describe, expect, it } from 'vitest';
import { entriesByUnit } from '~/lib/entriesByUnit';
import { indexLocalities } from '~/lib/localities';
import { LOCALITY_TREE } from '../../support/localityTree';

const index = indexLocalities(LOCALITY_TREE);

describe('entriesByUnit', () => {
  it('lists an entry under its place, the units above it and the unit it became, once each', () => {
    const byUnit = entriesByUnit(
      [
        { name: 'kho vật liệu nổ', places: ['trang-da'] },
        { name: 'bài tổng hợp', places: ['trang-da', 'nong-tien', 'ham-yen'] },
      ],
      (e) => e.places,
      index,
    );
    const names = (unit: string) => (byUnit.get(unit) ?? []).map((e) => e.name);
    expect(names('nong-tien')).toEqual(['kho vật liệu nổ', 'bài tổng hợp']);
    expect(names('tp')).toEqual(['kho vật liệu nổ', 'bài tổng hợp']);
    expect(names('ham-yen')).toEqual(['bài tổng hợp']);
    expect(names('tinh')).toEqual(['kho vật liệu nổ', 'bài tổng hợp']);
  });
});
