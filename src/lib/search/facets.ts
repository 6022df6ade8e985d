import type { PageSet } from './pageSet';

/**
 * The search facets, each with one key: the Pagefind filter, the URL parameter and the
 * metadata the result cards read are all named by it. Pages set them in
 * SearchIndexMeta.astro; the search page lists them in this order.
 */
export const FACET = {
  kind: { key: 'loai', legend: 'Loại nội dung' },
  modelType: { key: 'kieu', legend: 'Loại mô hình' },
  sector: { key: 'linh-vuc', legend: 'Lĩnh vực' },
  localities: { key: 'dia-ban', legend: 'Địa bàn' },
  year: { key: 'nam', legend: 'Năm' },
} as const;

export const FACETS = Object.values(FACET);

/** Per facet key, per value, a number of pages. */
export type FilterCounts = Record<string, Record<string, number>>;

/** Per facet key, per value, its pages (pageSet.ts). */
export type FacetPages = Record<string, Record<string, PageSet>>;

export type FacetKey = (typeof FACETS)[number]['key'];

export const FACET_KEYS: readonly FacetKey[] = FACETS.map((f) => f.key);

export function isFacetKey(key: string): key is FacetKey {
  return (FACET_KEYS as readonly string[]).includes(key);
}

/** Pagefind metadata keys set by SearchIndexMeta.astro and read by the result cards. */
export const META_KEYS = {
  kind: FACET.kind.key,
  modelType: FACET.modelType.key,
  sector: FACET.sector.key,
  localities: FACET.localities.key,
  date: 'ngay',
  image: 'image',
} as const;

/** Separator of the place names in the `dia_ban` metadata. */
export const LOCALITY_SEPARATOR = ' · ';

/** Sort key; every indexed page has one, or Pagefind would drop it from sorted results. */
export const DATE_SORT_KEY = 'date';

/** Sort value of a page: its ISO partial date, else its year, else "0000" (last when newest first). */
export function dateSortValue(date?: string, year?: number): string {
  return date ?? (year ? String(year) : '0000');
}

/** Years newest first; names in Vietnamese alphabetical order. */
export function sortFacetValues(key: FacetKey, values: Iterable<string>): string[] {
  const list = [...new Set(values)];
  if (key === FACET.year.key) return list.sort((a, b) => b.localeCompare(a, 'vi', { numeric: true }));
  return list.sort((a, b) => a.localeCompare(b, 'vi'));
}
