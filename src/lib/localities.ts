/**
 * Administrative units across the 1 July 2025 reorganisation: a unit as an article
 * named it (e.g. xã Tràng Đà, TP Tuyên Quang) and the current unit it now belongs to.
 */
import { ui } from '../i18n/ui';
import { LOCALITY_KINDS, labelOf, type LocalityKind } from '../schema/taxonomy';

export interface Locality {
  readonly id: string;
  readonly name: string;
  readonly kind: LocalityKind;
  readonly parent?: string | undefined;
  readonly successor?: string | undefined;
  /** true: exists after 1/7/2025; false: ceased then; undefined: not known. */
  readonly current?: boolean | undefined;
  readonly aliases?: readonly string[] | undefined;
  /** A sourced line about the unit (e.g. the resolution that merged it), shown on its page. */
  readonly note?: string | undefined;
}

export type LocalityIndex = ReadonlyMap<string, Locality>;

export function indexLocalities(list: Iterable<Locality>): LocalityIndex {
  return new Map([...list].map((l) => [l.id, l]));
}

/** "xã Tràng Đà", "thành phố Tuyên Quang". */
export function fullName(locality: Pick<Locality, 'name' | 'kind'>): string {
  return `${labelOf(LOCALITY_KINDS.list, locality.kind)} ${locality.name}`;
}

/** Its name with its kind word, marked "(cũ)" when it is a former unit whose name a unit of today carries ("phường An Tường (cũ)"). */
export function distinctName(index: LocalityIndex, locality: Locality): string {
  const name = fullName(locality);
  return locality.current === false && namesOfToday(index).has(name) ? ui.locality.formerNamesake(name) : name;
}

/** The full names of the units that are not former ones, worked out once per list (pages name places by the thousand). */
const NAMES_OF_TODAY = new WeakMap<LocalityIndex, Set<string>>();
function namesOfToday(index: LocalityIndex): Set<string> {
  let names = NAMES_OF_TODAY.get(index);
  if (!names) NAMES_OF_TODAY.set(index, (names = new Set([...index.values()].filter((l) => l.current !== false).map(fullName))));
  return names;
}

/**
 * The name a reader can tell apart from every other unit when it stands alone (a card, a
 * search filter): a village with its commune ("thôn 14, xã Mỹ Bằng"), namesakes marked.
 */
export function placeName(index: LocalityIndex, locality: Locality): string {
  const parent = locality.parent ? index.get(locality.parent) : undefined;
  if (locality.kind === 'thon' && parent) return ui.locality.villageOf(fullName(locality), distinctName(index, parent));
  return distinctName(index, locality);
}

/** The unit's aliases that are not just its own name ("tỉnh Hà Giang" is not another name of tỉnh Hà Giang). */
export function otherNames(locality: Locality): string[] {
  const own = fullName(locality).toLowerCase();
  return (locality.aliases ?? []).filter((alias) => alias.toLowerCase() !== own);
}

/** Follows one link (parent or successor) until it ends; stops at a cycle instead of looping. */
function chain(index: LocalityIndex, startId: string | undefined, next: (l: Locality) => string | undefined): Locality[] {
  const seen = new Set<string>();
  const out: Locality[] = [];
  let id = startId;
  while (id && !seen.has(id)) {
    seen.add(id);
    const locality = index.get(id);
    if (!locality) break;
    out.push(locality);
    id = next(locality);
  }
  return out;
}

/** The unit itself, then its parent, grandparent… as they were when it was named. */
export function ancestry(index: LocalityIndex, id: string): Locality[] {
  return chain(index, id, (l) => l.parent);
}

/**
 * The current unit a place belongs to: itself if it still exists, else the unit it
 * became; a place with no verified successor (a village) takes its parent's.
 */
export function currentUnit(index: LocalityIndex, id: string): Locality | undefined {
  for (const place of ancestry(index, id)) {
    if (place.current === true) return place;
    const successors = chain(index, place.successor, (l) => l.successor);
    const found = successors.find((l) => l.current === true);
    if (found) return found;
  }
  return undefined;
}

/**
 * Every unit under whose page an entry placed at `id` belongs: the place, the units
 * above it, and the units they became. So a model in "xã Tràng Đà" is found under
 * Tràng Đà, TP Tuyên Quang and phường Nông Tiến alike.
 */
export function unitsCovering(index: LocalityIndex, id: string): Set<string> {
  const ids = new Set<string>();
  for (const place of ancestry(index, id)) {
    ids.add(place.id);
    for (const successor of chain(index, place.successor, (l) => l.successor)) ids.add(successor.id);
  }
  const now = currentUnit(index, id);
  if (now) for (const place of ancestry(index, now.id)) ids.add(place.id);
  return ids;
}

/** Units that became `id` on 1/7/2025 (its former names). */
export function predecessors(index: LocalityIndex, id: string): Locality[] {
  return [...index.values()].filter((l) => l.successor === id);
}

/** Units whose parent is `id`. */
export function children(index: LocalityIndex, id: string): Locality[] {
  return [...index.values()].filter((l) => l.parent === id);
}

/** Vietnamese alphabetical order. */
export const byVietnameseName = (() => {
  const collator = new Intl.Collator('vi');
  return (a: { name: string }, b: { name: string }) => collator.compare(a.name, b.name);
})();

/** Names under which an entry placed at `id` is found: the place, the units above it and what they became. */
export function placeNamesFor(index: LocalityIndex, id: string): string[] {
  return [...unitsCovering(index, id)].flatMap((unitId) => {
    const unit = index.get(unitId);
    return unit ? [placeName(index, unit)] : [];
  });
}
