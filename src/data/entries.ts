/**
 * The site's published entries, read once per build from the content collections.
 * Pages compose these; the rules themselves live in src/lib/.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { isPublished } from '../lib/isPublished';
import { byVietnameseName, indexLocalities, type LocalityIndex } from '../lib/localities';
import { compareDatesDesc } from '../lib/partialDate';

export type Article = CollectionEntry<'articles'>;
export type Model = CollectionEntry<'models'>;

/** Published articles, newest first. */
export async function getArticles(): Promise<Article[]> {
  const all = await getCollection('articles', isPublished);
  return all.sort((a, b) => compareDatesDesc(a.data.publishDate, b.data.publishDate) || a.id.localeCompare(b.id));
}

/** Published model profiles in Vietnamese alphabetical order of their names. */
export async function getModels(): Promise<Model[]> {
  const all = await getCollection('models', isPublished);
  return all.sort((a, b) => byVietnameseName(a.data, b.data));
}

export async function getLocalityIndex(): Promise<LocalityIndex> {
  const all = await getCollection('localities');
  return indexLocalities(all.map((l) => ({ id: l.id, ...l.data, parent: l.data.parent?.id, successor: l.data.successor?.id })));
}
