import type { Locality } from '~/lib/localities';

/**
 * A small locality tree for unit tests: the province, a 2021 city (no longer a unit) with a
 * commune merged into a current ward, and a current commune.
 */
export const LOCALITY_TREE: Locality[] = [
  { id: 'tinh', name: 'Tuyên Quang', kind: 'tinh', current: true },
  { id: 'tp', name: 'Tuyên Quang', kind: 'thanh-pho', parent: 'tinh', current: false },
  { id: 'trang-da', name: 'Tràng Đà', kind: 'xa', parent: 'tp', current: false, successor: 'nong-tien' },
  { id: 'nong-tien', name: 'Nông Tiến', kind: 'phuong', parent: 'tinh', current: true },
  { id: 'ham-yen', name: 'Hàm Yên', kind: 'xa', parent: 'tinh', current: true },
];
