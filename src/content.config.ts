/**
 * The three content collections. Their schemas are generated from the field
 * definitions in `src/schema/`, the same ones the CMS configuration is made from.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import { articleFields } from './schema/articleFields';
import type { DataOf } from './schema/fieldOutput';
import { localityFields } from './schema/localityFields';
import { modelFields } from './schema/modelFields';
import { schemaFromFields, type SchemaContext } from './schema/toZod';
import { entryIdFromPath } from './lib/entryId';
import { publishedOnly } from './lib/publishedOnly';

export type ArticleData = DataOf<typeof articleFields>;
export type ModelData = DataOf<typeof modelFields>;
export type LocalityData = DataOf<typeof localityFields>;

const generateId = ({ entry }: { entry: string }) => entryIdFromPath(entry);

/**
 * Markdown entries do not keep their raw body in memory once rendered (reading time is
 * counted while rendering). `deferRender` was measured and left off: at 10,000 entries it
 * made the build 35 % slower and its peak memory 30 % higher (docs/performance.md).
 */
const markdownEntries = (base: string) => publishedOnly(glob({ pattern: '**/index.md', base, generateId, retainBody: false }));

function contextFor(image: SchemaContext['image']): SchemaContext {
  return { image, reference: (collection) => reference(collection) };
}

const articles = defineCollection({
  loader: markdownEntries('./content/articles'),
  schema: ({ image }) => schemaFromFields(articleFields, contextFor(image)) as unknown as z.ZodType<ArticleData>,
});

const models = defineCollection({
  loader: markdownEntries('./content/models'),
  schema: ({ image }) => schemaFromFields(modelFields, contextFor(image)) as unknown as z.ZodType<ModelData>,
});

const localities = defineCollection({
  loader: glob({ pattern: '*.{yml,yaml}', base: './content/localities', generateId }),
  schema: schemaFromFields(localityFields, contextFor(() => { throw new Error('localities have no images'); })) as unknown as z.ZodType<LocalityData>,
});

export const collections = { articles, models, localities };
