/**
 * The site's published entries, read once per build from the content collections.
 * Pages compose these; the rules themselves live in src/lib/.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { entriesByUnit } from '../lib/entriesByUnit';
import { groupBy } from '../lib/groupBy';
import { isPublished } from '../lib/isPublished';
import { byVietnameseName, indexLocalities, type LocalityIndex } from '../lib/localities';
import { compareDatesDesc } from '../schema/partialDate';

export type Article = CollectionEntry<'articles'>;
export type Model = CollectionEntry<'models'>;
export type Settings = CollectionEntry<'settings'>['data'];
export type Section = CollectionEntry<'sections'>;

/**
 * A build renders thousands of pages from the same entries: each list is computed once.
 * In dev, content changes while the server runs, so nothing is kept.
 */
const cache = new Map<string, Promise<unknown>>();
function once<T>(key: string, load: () => Promise<T>): Promise<T> {
  if (import.meta.env.DEV) return load();
  let value = cache.get(key) as Promise<T> | undefined;
  if (!value) cache.set(key, (value = load()));
  return value;
}

/** Published articles, newest first. */
export const getArticles = (): Promise<Article[]> =>
  once('articles', async () =>
    (await getCollection('articles', isPublished)).sort((a, b) => compareDatesDesc(a.data.publishDate, b.data.publishDate) || a.id.localeCompare(b.id)),
  );

/** Published model profiles in Vietnamese alphabetical order of their names. */
export const getModels = (): Promise<Model[]> =>
  once('models', async () => (await getCollection('models', isPublished)).sort((a, b) => byVietnameseName(a.data, b.data)));

export const getLocalityIndex = (): Promise<LocalityIndex> =>
  once('localities', async () => {
    const all = await getCollection('localities');
    return indexLocalities(all.map((l) => ({ id: l.id, ...l.data, parent: l.data.parent?.id, successor: l.data.successor?.id })));
  });

/** Models listed under each unit, including under its former names and the units above it. */
export const getModelsByUnit = (): Promise<Map<string, Model[]>> =>
  once('modelsByUnit', async () => entriesByUnit(await getModels(), (m) => [m.data.locality.id], await getLocalityIndex()));

/** Articles listed under each unit, likewise. */
export const getArticlesByUnit = (): Promise<Map<string, Article[]>> =>
  once('articlesByUnit', async () => entriesByUnit(await getArticles(), (a) => a.data.localities.map((ref) => ref.id), await getLocalityIndex()));

/** The site settings (`content/settings/site.yml`); every value optional, so a missing file is empty settings. */
export const getSettings = (): Promise<Partial<Settings>> => once('settings', async () => (await getEntry('settings', 'site'))?.data ?? {});

/** The sections (chuyên mục) in Vietnamese alphabetical order of their names. */
export const getSections = (): Promise<Section[]> =>
  once('sections', async () => (await getCollection('sections')).sort((a, b) => byVietnameseName(a.data, b.data)));

/** Published articles of each section, newest first. */
export const getArticlesBySection = (): Promise<Map<string | undefined, Article[]>> =>
  once('articlesBySection', async () => groupBy(await getArticles(), (a) => a.data.section?.id));
