import { describe, expect, it } from 'vitest';
import { indexLocalities } from '~/lib/localities';
import { relatedModels } from '~/lib/relatedModels';

const localities = indexLocalities([
  { id: 'tinh', name: 'Tuyên Quang', kind: 'tinh', current: true },
  { id: 'xa-cu', name: 'Tràng Đà', kind: 'xa', parent: 'tinh', current: false, successor: 'p-nong-tien' },
  { id: 'p-nong-tien', name: 'Nông Tiến', kind: 'phuong', parent: 'tinh', current: true },
  { id: 'xa-khac', name: 'Phú Lương', kind: 'xa', parent: 'tinh', current: true },
]);
const model = (id: string, type: string, sector: string, locality: string) => ({ id, data: { type, sector, locality: { id: locality } } });

describe('related models beside a profile', () => {
  const self = model('kho-no', 'lien-ket', 'kho', 'xa-cu');
  const sameUnit = model('xi-mang', 'tu-quan', 'nha-may', 'p-nong-tien');
  const sameSector = model('kho-du-tru', 'tu-quan', 'kho', 'xa-khac');
  const sameType = model('rung', 'lien-ket', 'rung', 'xa-khac');
  const nothing = model('ngan-hang', 'tu-quan', 'ngan-hang', 'xa-khac');
  const all = [nothing, sameType, sameSector, sameUnit, self];

  it('puts a model of the same unit of today first, even when its former commune was named, then same sector, then same type', () => {
    expect(relatedModels(self, all, localities).map((m) => m.id)).toEqual(['xi-mang', 'kho-du-tru', 'rung']);
  });

  it('never lists the model itself nor one that shares nothing with it, and stops at the count', () => {
    const ids = relatedModels(self, all, localities, 2).map((m) => m.id);
    expect(ids).toEqual(['xi-mang', 'kho-du-tru']);
    expect(relatedModels(nothing, [nothing], localities)).toEqual([]);
  });
});
