import { describe, expect, it } from 'vitest';
import { entriesByUnit } from '~/lib/entriesByUnit';
import { indexLocalities } from '~/lib/localities';

const index = indexLocalities([
  { id: 'tinh', name: 'Tuyên Quang', kind: 'tinh', current: true },
  { id: 'tp', name: 'Tuyên Quang', kind: 'thanh-pho', parent: 'tinh', current: false },
  { id: 'trang-da', name: 'Tràng Đà', kind: 'xa', parent: 'tp', current: false, successor: 'nong-tien' },
  { id: 'nong-tien', name: 'Nông Tiến', kind: 'phuong', parent: 'tinh', current: true },
  { id: 'ham-yen', name: 'Hàm Yên', kind: 'xa', parent: 'tinh', current: true },
]);

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
