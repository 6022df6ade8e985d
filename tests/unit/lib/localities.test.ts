import { describe, expect, it } from 'vitest';
import {
  currentUnit,
  distinctName,
  fullName,
  indexLocalities,
  otherNames,
  placeName,
  placeNamesFor,
  predecessors,
  unitsCovering,
  type Locality,
} from '~/lib/localities';

// A small map shaped like Tuyên Quang's 2025 reorganisation.
const places: Locality[] = [
  { id: 'tinh-tq', name: 'Tuyên Quang', kind: 'tinh', current: true },
  { id: 'tp-tq', name: 'Tuyên Quang', kind: 'thanh-pho', parent: 'tinh-tq', current: false },
  { id: 'xa-trang-da', name: 'Tràng Đà', kind: 'xa', parent: 'tp-tq', current: false, successor: 'p-nong-tien' },
  { id: 'p-nong-tien', name: 'Nông Tiến', kind: 'phuong', parent: 'tinh-tq', current: true },
  { id: 'xa-tam-da', name: 'Tam Đa', kind: 'xa', parent: 'tp-tq', current: false, successor: 'xa-phu-luong' },
  { id: 'xa-phu-luong', name: 'Phú Lương', kind: 'xa', parent: 'tinh-tq', current: true },
  { id: 'thon-hoi-xuan', name: 'Hồi Xuân', kind: 'thon', parent: 'xa-tam-da' },
  { id: 'loop-a', name: 'A', kind: 'xa', current: false, successor: 'loop-b' },
  { id: 'loop-b', name: 'B', kind: 'xa', current: false, successor: 'loop-a' },
];
const index = indexLocalities(places);

describe('localities across the 1 July 2025 reorganisation', () => {
  it('names a unit with its kind word', () => {
    expect(fullName({ name: 'Tràng Đà', kind: 'xa' })).toBe('xã Tràng Đà');
    expect(fullName({ name: 'Tuyên Quang', kind: 'thanh-pho' })).toBe('thành phố Tuyên Quang');
  });

  it('finds the current unit a former commune became', () => {
    expect(currentUnit(index, 'xa-trang-da')?.id).toBe('p-nong-tien');
    expect(currentUnit(index, 'p-nong-tien')?.id).toBe('p-nong-tien');
  });

  it('places a village whose own fate is unknown under its former commune’s successor', () => {
    expect(currentUnit(index, 'thon-hoi-xuan')?.id).toBe('xa-phu-luong');
  });

  it('files a model in xã Tràng Đà under Tràng Đà, TP Tuyên Quang and phường Nông Tiến', () => {
    const units = unitsCovering(index, 'xa-trang-da');
    expect([...units].sort()).toEqual(['p-nong-tien', 'tinh-tq', 'tp-tq', 'xa-trang-da']);
    expect(placeNamesFor(index, 'xa-trang-da')).toContain('phường Nông Tiến');
  });

  it('names a village with its commune, so two villages called "thôn 14" are told apart', () => {
    const village = index.get('thon-hoi-xuan');
    expect(village && placeName(index, village)).toBe('thôn Hồi Xuân, xã Tam Đa');
    expect(placeNamesFor(index, 'thon-hoi-xuan')).toContain('thôn Hồi Xuân, xã Tam Đa');
    // In a chain of links ("thôn Hồi Xuân, xã Tam Đa, …") the commune follows anyway.
    expect(village && distinctName(index, village)).toBe('thôn Hồi Xuân');
  });

  it('marks a former unit "(cũ)" only when a unit of today has the same name', () => {
    const both = indexLocalities([
      ...places,
      { id: 'p-an-tuong-cu', name: 'An Tường', kind: 'phuong', parent: 'tp-tq', current: false, successor: 'p-an-tuong' },
      { id: 'p-an-tuong', name: 'An Tường', kind: 'phuong', parent: 'tinh-tq', current: true },
    ]);
    const name = (id: string) => {
      const l = both.get(id);
      return l && placeName(both, l);
    };
    expect(name('p-an-tuong-cu')).toBe('phường An Tường (cũ)');
    expect(name('p-an-tuong')).toBe('phường An Tường');
    expect(name('xa-trang-da')).toBe('xã Tràng Đà');
  });

  it('gives as other names only the aliases that differ from the unit’s own name', () => {
    expect(otherNames({ id: 'ha-giang', name: 'Hà Giang', kind: 'tinh', aliases: ['Tỉnh Hà Giang', 'HG'] })).toEqual(['HG']);
  });

  it('lists the former units a current one took over', () => {
    expect(predecessors(index, 'p-nong-tien').map((l) => l.id)).toEqual(['xa-trang-da']);
  });

  it('stops at a loop instead of hanging', () => {
    expect(currentUnit(index, 'loop-a')).toBeUndefined();
    expect(unitsCovering(index, 'loop-a')).toEqual(new Set(['loop-a', 'loop-b']));
  });
});
