/**
 * "Mô hình liên quan" beside a profile: other models in the same unit of today (strongest
 * link), the same sector, or of the same type; the most shared first, then the list's order.
 */
import { currentUnit, type LocalityIndex } from './localities';
import { TopScored } from './topScored';

export interface ModelCandidate {
  id: string;
  data: { type: string; sector: string; locality: { id: string } };
}

const WEIGHT = { unit: 3, sector: 2, type: 1 } as const;

/** Each place's unit of today, worked out once per locality list (a build asks for every model on every profile). */
const UNITS = new WeakMap<LocalityIndex, Map<string, string | undefined>>();
function unitOfPlace(localities: LocalityIndex, placeId: string): string | undefined {
  let units = UNITS.get(localities);
  if (!units) UNITS.set(localities, (units = new Map()));
  if (!units.has(placeId)) units.set(placeId, currentUnit(localities, placeId)?.id);
  return units.get(placeId);
}

interface RelatedIndex {
  /** Positions in the list of the models in each unit of today, sector and type, in list order. */
  byUnit: Map<string, number[]>;
  bySector: Map<string, number[]>;
  byType: Map<string, number[]>;
  /**
   * Each position's unit, sector and type, and each model's position: a page scores the
   * models it meets from these, not by reading thousands of entries scattered over the heap.
   */
  unitAt: (string | undefined)[];
  sectorAt: string[];
  typeAt: string[];
  positionOf: Map<string, number>;
}

const indexes = new WeakMap<readonly ModelCandidate[], RelatedIndex>();

function push(map: Map<string, number[]>, key: string | undefined, position: number) {
  if (key === undefined) return;
  const list = map.get(key);
  if (list) list.push(position);
  else map.set(key, [position]);
}

function indexFor(others: readonly ModelCandidate[], localities: LocalityIndex): RelatedIndex {
  let index = indexes.get(others);
  if (index) return index;
  index = { byUnit: new Map(), bySector: new Map(), byType: new Map(), unitAt: [], sectorAt: [], typeAt: [], positionOf: new Map() };
  others.forEach((other, position) => {
    const unit = unitOfPlace(localities, other.data.locality.id);
    push(index!.byUnit, unit, position);
    push(index!.bySector, other.data.sector, position);
    push(index!.byType, other.data.type, position);
    index!.unitAt.push(unit);
    index!.sectorAt.push(other.data.sector);
    index!.typeAt.push(other.data.type);
    index!.positionOf.set(other.id, position);
  });
  indexes.set(others, index);
  return index;
}

/**
 * `others` in the order the site lists models, the same array for every page (it is indexed
 * once); a model is never related to itself, nor one sharing nothing with it.
 *
 * Every profile page asks this of every model: scoring them all was 3,500 × 3,500 at 10,000
 * entries (about ten seconds a build). Only models of the same unit or sector can score 2 or
 * more; models sharing only the type (score 1) fill the list, in list order, when those are too few.
 */
export function relatedModels<T extends ModelCandidate>(model: T, others: readonly T[], localities: LocalityIndex, count = 4): T[] {
  const { byUnit, bySector, byType, unitAt, sectorAt, typeAt, positionOf } = indexFor(others, localities);
  const self = positionOf.get(model.id);
  const unit = unitOfPlace(localities, model.data.locality.id);
  const { sector, type } = model.data;
  const score = (position: number) =>
    (unit !== undefined && unitAt[position] === unit ? WEIGHT.unit : 0) +
    (sectorAt[position] === sector ? WEIGHT.sector : 0) +
    (typeAt[position] === type ? WEIGHT.type : 0);
  const strong = new Set([...((unit !== undefined && byUnit.get(unit)) || []), ...(bySector.get(sector) ?? [])]);
  const best = new TopScored(count);
  for (const position of strong) if (position !== self) best.offer(position, score(position));
  for (const position of byType.get(type) ?? []) {
    if (best.full) break;
    if (!strong.has(position) && position !== self) best.offer(position, WEIGHT.type);
  }
  return best.positions().map((position) => others[position]!);
}
