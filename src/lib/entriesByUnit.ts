/**
 * Which entries each administrative unit lists, computed in one pass: an entry counts
 * for every unit that covers its place (the place, the units above it, what they became).
 */
import { unitsCovering, type LocalityIndex } from './localities';

export function entriesByUnit<T>(entries: readonly T[], placesOf: (entry: T) => readonly string[], index: LocalityIndex): Map<string, T[]> {
  const byUnit = new Map<string, T[]>();
  const covering = new Map<string, Set<string>>();
  for (const entry of entries) {
    const units = new Set<string>();
    for (const place of placesOf(entry)) {
      let found = covering.get(place);
      if (!found) covering.set(place, (found = unitsCovering(index, place)));
      for (const unit of found) units.add(unit);
    }
    for (const unit of units) {
      const list = byUnit.get(unit);
      if (list) list.push(entry);
      else byUnit.set(unit, [entry]);
    }
  }
  return byUnit;
}
