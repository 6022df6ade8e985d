/**
 * The two projects a benchmark builds from the same content/: a copy of this site, and a
 * bare Astro project (glob loaders, one page per entry, no images, no search) as the baseline.
 */
import { cp, mkdir, readdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../', import.meta.url));

/**
 * A node_modules folder of links to this project's packages. Linking the folder itself would
 * put Astro's caches (`node_modules/.astro`: content store, encoded images) into the shared
 * tree, where runs and sizes would see each other's caches.
 */
async function linkNodeModules(root) {
  const own = join(root, 'node_modules');
  await mkdir(own, { recursive: true });
  const source = join(PROJECT_ROOT, 'node_modules');
  for (const name of await readdir(source)) {
    if (name === '.astro' || name === '.vite' || name === '.cache') continue;
    // A site kept from an earlier run (--site) has its links already.
    await symlink(join(source, name), join(own, name)).catch((error) => {
      if (error.code !== 'EEXIST') throw error;
    });
  }
}

/** Top-level entries not copied: content is generated, the rest is not part of a build. */
const NOT_COPIED = new Set(['content', 'node_modules', 'dist', '.astro', '.git', '.cache', 'tests', 'test-results', '.test-builds', 'bench', 'docs', '.ci']);

/**
 * Copies the site's code (src/, admin/, public/, config; not its content) into `root` and links
 * its packages. `from` is this project, or a benchmark's site whose code a checkout repeats.
 */
export async function prepareSite(root, from = PROJECT_ROOT) {
  await mkdir(root, { recursive: true });
  for (const name of await readdir(from)) {
    if (NOT_COPIED.has(name) || name.endsWith('.log')) continue;
    await cp(join(from, name), join(root, name), { recursive: true });
  }
  await linkNodeModules(root);
}

const BARE_CONFIG = `import { defineConfig } from 'astro/config';
export default defineConfig({ site: 'https://example.com', trailingSlash: 'always', build: { format: 'directory' } });
`;

const BARE_COLLECTIONS = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
const articles = defineCollection({ loader: glob({ pattern: '**/index.md', base: './content/articles' }) });
const models = defineCollection({ loader: glob({ pattern: '**/index.md', base: './content/models' }) });
export const collections = { articles, models };
`;

const barePage = (collection, titleField) => `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  return (await getCollection('${collection}')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="vi"><head><meta charset="utf-8" /><title>{entry.data.${titleField}}</title></head>
<body><main><h1>{entry.data.${titleField}}</h1><Content /></main></body></html>
`;

/**
 * The baseline: Astro alone over the same Markdown (linked, not copied). The cover field is
 * plain front matter here, so no photo is read or encoded.
 */
export async function prepareBare(root, contentDir) {
  await mkdir(join(root, 'src', 'pages', 'bai-viet'), { recursive: true });
  await mkdir(join(root, 'src', 'pages', 'mo-hinh'), { recursive: true });
  await writeFile(join(root, 'package.json'), JSON.stringify({ name: 'bare-astro-baseline', private: true, type: 'module' }, null, 2));
  await writeFile(join(root, 'astro.config.mjs'), BARE_CONFIG);
  await writeFile(join(root, 'src', 'content.config.ts'), BARE_COLLECTIONS);
  await writeFile(join(root, 'src', 'pages', 'bai-viet', '[id].astro'), barePage('articles', 'title'));
  await writeFile(join(root, 'src', 'pages', 'mo-hinh', '[id].astro'), barePage('models', 'name'));
  await symlink(contentDir, join(root, 'content'));
  await linkNodeModules(root);
}
