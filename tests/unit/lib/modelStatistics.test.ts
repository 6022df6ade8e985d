import { describe, expect, it } from 'vitest';
import { indexLocalities } from '~/lib/localities';
import { LOCALITY_TREE } from '../../support/localityTree';
import { modelStatistics, type ModelFacts } from '~/lib/modelStatistics';

const index = indexLocalities([...LOCALITY_TREE, { id: 'dau-do', name: 'Đâu Đó', kind: 'xa' }]);

const MODELS: ModelFacts[] = [
  { type: 'lien-ket', sector: 'vat-lieu-no', locality: 'trang-da', established: 2019 },
  { type: 'lien-ket', sector: 'xi-mang', locality: 'trang-da', established: 2020 },
  { type: 'lien-ket', sector: 'rung', locality: 'ham-yen', established: 2019 },
  { type: 'lien-ket', sector: 'rung', locality: 'nong-tien' },
  { type: 'lien-ket', sector: 'khac', locality: 'dau-do' },
];

describe('modelStatistics', () => {
  const stats = modelStatistics(MODELS, index);

  it('counts every model once in each table', () => {
    expect(stats.total).toBe(5);
    for (const table of [stats.byType, stats.bySector, stats.byUnit, stats.byYear]) {
      expect(table.reduce((sum, row) => sum + row.count, 0)).toBe(5);
    }
  });

  it('lists both model types, a type without models as 0', () => {
    expect(stats.byType).toEqual([
      { key: 'tu-quan', label: 'Tự quản', count: 0 },
      { key: 'lien-ket', label: 'Liên kết', count: 5 },
    ]);
  });

  it('counts sectors by their labels, most models first', () => {
    expect(stats.bySector.map((r) => [r.label, r.count])).toEqual([
      ['Bảo vệ rừng', 2],
      ['Lĩnh vực khác', 1],
      ['Sản xuất xi măng', 1],
      ['Vật liệu nổ', 1],
    ]);
  });

  it('counts a model placed in a former commune under the unit it became on 1/7/2025', () => {
    expect(stats.byUnit.map((r) => [r.key, r.label, r.count])).toEqual([
      ['nong-tien', 'phường Nông Tiến', 3],
      ['ham-yen', 'xã Hàm Yên', 1],
      [null, '', 1],
    ]);
  });

  it('counts years in order and a model without a year as unknown, never as a guessed year', () => {
    expect(stats.byYear.map((r) => [r.key, r.count])).toEqual([
      ['2019', 2],
      ['2020', 1],
      [null, 2],
    ]);
  });

  it('gives empty tables (but both types at 0) when there is no model', () => {
    const none = modelStatistics([], index);
    expect(none).toEqual({
      total: 0,
      byType: [
        { key: 'tu-quan', label: 'Tự quản', count: 0 },
        { key: 'lien-ket', label: 'Liên kết', count: 0 },
      ],
      bySector: [],
      byUnit: [],
      byYear: [],
    });
  });
});
