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

  it('gives what a full sort by score would, on a tie the model listed first, in dense and sparse sites', () => {
    // Seeded spreads of 300 models: over 2 units and 4 sectors (many share), and over 200
    // communes and 100 sectors (few share, so models of the same type fill the list).
    const communes = Array.from({ length: 200 }, (_, i) => ({ id: `xa-${i}`, name: `Xã ${i}`, kind: 'xa' as const, parent: 'tinh', current: true }));
    const sparseIndex = indexLocalities([...localities.values(), ...communes]);
    for (const [index, places, sectors] of [
      [localities, ['xa-cu', 'p-nong-tien', 'xa-khac'], 4],
      [sparseIndex, communes.map((c) => c.id), 100],
    ] as const) {
      let seed = 7;
      const next = (n: number) => (seed = (seed * 48271) % 2147483647) % n;
      const many = Array.from({ length: 300 }, (_, i) => model(`m${i}`, `t${next(3)}`, `s${next(sectors)}`, places[next(places.length)]!));
      const unitOf = (m: (typeof many)[number]) => (m.data.locality.id === 'xa-cu' ? 'p-nong-tien' : m.data.locality.id);
      for (const subject of many.slice(0, 60)) {
        const bySort = many
          .filter((o) => o.id !== subject.id)
          .map((o, order) => ({
            o,
            order,
            score: (unitOf(o) === unitOf(subject) ? 3 : 0) + (o.data.sector === subject.data.sector ? 2 : 0) + (o.data.type === subject.data.type ? 1 : 0),
          }))
          .filter((r) => r.score > 0)
          .sort((a, b) => b.score - a.score || a.order - b.order)
          .slice(0, 4)
          .map((r) => r.o.id);
        expect(relatedModels(subject, many, index).map((m) => m.id)).toEqual(bySort);
      }
    }
  });
});
