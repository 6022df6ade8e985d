/**
 * `npm exec -- node bench/templateSite.mjs <generated site> <built seed dist>`: renders a
 * generated site's articles and model profiles (generate.mjs) into `<site>/dist/` with a
 * minimal template instead of `astro build`, for measuring the search index at a size the
 * machine cannot build in the time at hand. Each page carries what the real page gives the
 * indexer: the `data-pagefind-body` region with the heading, the lead, the facts of a model,
 * the Markdown body, and SearchIndexMeta.astro's hidden facets, metadata and date (the same
 * locality names, through src/lib/localities.ts). Not in it: breadcrumbs, header, footer and
 * share links (outside the indexed region anyway), the facts' links and the article's model
 * list rendered by the site. The search page, its script and `_headers` are copied from a
 * real build of the same code (`<seed dist>`), then the index is built with the site's own
 * buildSearchIndex. bench/searchWeight.mjs --site then measures it like a built site.
 */
import './resolveTs.mjs';
import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';

const [site, seedDist] = process.argv.slice(2);
const { indexLocalities, fullName, placeNamesFor } = await import('../src/lib/localities.ts');
const { MODEL_TYPES, SECTORS, labelOf } = await import('../src/schema/taxonomy.ts');
const { buildSearchIndex } = await import('../src/integrations/searchIndex.ts');
const { LOCALITY_SEPARATOR } = await import('../src/lib/search/facets.ts');

const esc = (s) =>
  String(s ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/"/g, '&quot;');
/** The Markdown generate.mjs writes: paragraphs, `##` headings, numbered and bulleted lists, links, bold. */
function markdown(text) {
  const inline = (t) =>
    esc(t)
      .replace(/\[([^\]]*)\]\(([^)]*)\)/g, '<a href="$2">$1</a>')
      .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>');
  return text
    .split(/\n{2,}/)
    .map((block) => {
      const heading = /^(#{2,6}) (.*)$/.exec(block);
      if (heading) return `<h${heading[1].length}>${inline(heading[2])}</h${heading[1].length}>`;
      const lines = block.split('\n');
      if (lines.every((l) => /^(\d+\.|[-*]) /.test(l))) return `<ul>${lines.map((l) => `<li>${inline(l.replace(/^(\d+\.|[-*]) /, ''))}</li>`).join('')}</ul>`;
      return block.trim() ? `<p>${inline(block)}</p>` : '';
    })
    .join('');
}

function split(text) {
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  return { data: parseYaml(m[1]), body: m[2] };
}

const localityDir = join(site, 'content', 'localities');
const localities = indexLocalities(
  await Promise.all(
    (await readdir(localityDir)).map(async (f) => ({ id: f.replace(/\.yml$/, ''), ...parseYaml(await readFile(join(localityDir, f), 'utf8')) })),
  ),
);

function meta({ kind, modelType, sector, places, year, date }) {
  const span = (attrs, text) => `<span ${attrs}>${esc(text)}</span>`;
  return [
    '<div hidden data-pagefind-ignore>',
    span(`data-pagefind-filter="loai" data-pagefind-meta="loai"`, kind),
    modelType ? span(`data-pagefind-filter="kieu" data-pagefind-meta="kieu"`, modelType) : '',
    sector ? span(`data-pagefind-filter="linh-vuc" data-pagefind-meta="linh-vuc"`, sector) : '',
    ...places.map((p) => span('data-pagefind-filter="dia-ban"', p)),
    places.length ? span('data-pagefind-meta="dia-ban"', places.join(LOCALITY_SEPARATOR)) : '',
    year ? span('data-pagefind-filter="nam"', year) : '',
    date ? span('data-pagefind-meta="ngay"', date) : '',
    span('data-pagefind-sort="date"', date ?? (year ? String(year) : '0000')),
    '</div>',
  ].join('');
}

const page = (title, region) =>
  `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${esc(title)}</title></head><body><main><article data-pagefind-body>${region}</article></main></body></html>`;

async function render(collection, id) {
  const { data, body } = split(await readFile(join(site, 'content', collection, id, 'index.md'), 'utf8'));
  if (data.draft) return undefined;
  const html = markdown(body);
  if (collection === 'models') {
    const places = placeNamesFor(localities, data.locality);
    const place = localities.get(data.locality);
    const facts = [
      ['Loại mô hình', labelOf(MODEL_TYPES.list, data.type)],
      ['Lĩnh vực', labelOf(SECTORS.list, data.sector)],
      ['Đơn vị chủ trì', data.host],
      ['Đơn vị liên kết', (data.partners ?? []).join(', ')],
      ['Địa bàn', data.placeAsWritten ?? (place ? fullName(place) : '')],
    ];
    return page(
      data.name,
      `<h1>Mô hình “${esc(data.name)}”</h1><p class="lead">${esc(data.summary)}</p><dl>${facts.map(([k, v]) => `<dt>${k}</dt><dd>${esc(v)}</dd>`).join('')}</dl><div class="prose">${html}</div>` +
        meta({ kind: 'Mô hình', modelType: facts[0][1], sector: facts[1][1], places, year: data.established }),
    );
  }
  const places = [...new Set((data.localities ?? []).flatMap((l) => placeNamesFor(localities, l)))];
  const date = String(data.publishDate);
  return page(
    data.title,
    `<h1>${esc(data.title)}</h1><p class="lead">${esc(data.description)}</p><div class="prose">${html}</div>` +
      meta({ kind: 'Bài viết', places, year: date.slice(0, 4), date }),
  );
}

const dist = join(site, 'dist');
let pages = 0;
for (const [collection, path] of [
  ['models', 'mo-hinh'],
  ['articles', 'bai-viet'],
]) {
  for (const id of await readdir(join(site, 'content', collection))) {
    const html = await render(collection, id);
    if (!html) continue;
    await mkdir(join(dist, path, id), { recursive: true });
    await writeFile(join(dist, path, id, 'index.html'), html);
    pages += 1;
  }
}
for (const name of ['tim-kiem', '_astro', '_headers']) await cp(join(seedDist, name), join(dist, name), { recursive: true });
console.error(`rendered ${pages} pages; indexing…`);
const log = (m) => console.error(m);
await buildSearchIndex(site, dist, { info: log, warn: log, error: log });
