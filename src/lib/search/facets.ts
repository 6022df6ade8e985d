/**
 * The search facets: Pagefind filter keys (also the URL parameters) with the legend readers
 * see, and the metadata keys content pages carry for result cards.
 */
export const FACETS = [
  { key: 'loai', legend: 'Loại nội dung' },
  { key: 'kieu', legend: 'Loại mô hình' },
  { key: 'linh-vuc', legend: 'Lĩnh vực' },
  { key: 'dia-ban', legend: 'Địa bàn' },
  { key: 'nam', legend: 'Năm' },
] as const;

export type FacetKey = (typeof FACETS)[number]['key'];

export const FACET_KEYS: readonly FacetKey[] = FACETS.map((f) => f.key);

export function isFacetKey(key: string): key is FacetKey {
  return (FACET_KEYS as readonly string[]).includes(key);
}

/** Values of the "Loại nội dung" facet. */
export const KIND_LABELS = { 'bai-viet': 'Bài viết', 'mo-hinh': 'Mô hình' } as const;

/** Pagefind metadata keys set by SearchIndexMeta.astro and read by the result cards. */
export const META_KEYS = {
  kind: 'loai',
  modelType: 'kieu',
  sector: 'linh_vuc',
  localities: 'dia_ban',
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
  if (key === 'nam') return list.sort((a, b) => b.localeCompare(a, 'vi', { numeric: true }));
  return list.sort((a, b) => a.localeCompare(b, 'vi'));
}
