/**
 * The content collections, one per entry of the registry (`src/schema/collections.ts`).
 * Their schemas are generated from the field definitions in `src/schema/`, the same ones
 * the CMS configuration is made from.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import { COLLECTIONS, type Collection, type CollectionName } from './schema/collections';
import type { DataOf } from './schema/fieldOutput';
import { schemaFromFields, type SchemaContext } from './schema/toZod';
import { entryIdFromPath } from './lib/entryId';
import { publishedOnly } from './lib/publishedOnly';

/** The validated data of an entry of a collection. */
export type DataOfCollection<N extends CollectionName> = DataOf<Extract<Collection, { name: N }>['fields']>;
export type ArticleData = DataOfCollection<'articles'>;
export type ModelData = DataOfCollection<'models'>;
export type LocalityData = DataOfCollection<'localities'>;
export type SettingsData = DataOfCollection<'settings'>;
export type SectionData = DataOfCollection<'sections'>;

const generateId = ({ entry }: { entry: string }) => entryIdFromPath(entry);

/**
 * Markdown entries do not keep their raw body in memory once rendered (reading time is
 * counted while rendering). `deferRender` was measured and left off: at 10,000 entries it
 * made the build 35 % slower and its peak memory 30 % higher (docs/performance.md).
 */
const markdownEntries = (collection: Collection) =>
  publishedOnly(
    glob({ pattern: '**/index.md', base: `./${collection.dir}`, generateId, retainBody: false }),
    collection.fields.filter((f) => f.kind === 'image' || f.kind === 'images').map((f) => f.name),
  );

const dataEntries = (base: string, pattern = '*.{yml,yaml}') => glob({ pattern, base, generateId });

function loaderOf(collection: Collection) {
  const base = `./${collection.dir}`;
  if (collection.shape === 'folder') return markdownEntries(collection);
  return collection.shape === 'file' ? dataEntries(base, `${collection.file}.yml`) : dataEntries(base);
}

function contextFor(image: SchemaContext['image']): SchemaContext {
  return { image, reference: (collection) => reference(collection) };
}

function astroCollection<C extends Collection>(collection: C) {
  return defineCollection({
    loader: loaderOf(collection),
    schema: ({ image }) => schemaFromFields(collection.fields, contextFor(image)) as unknown as z.ZodType<DataOf<C['fields']>>,
  });
}

type Collections = { [C in Collection as C['name']]: ReturnType<typeof astroCollection<C>> };

export const collections = Object.fromEntries(COLLECTIONS.map((c) => [c.name, astroCollection(c)])) as Collections;
