/**
 * The search page's side of the Vietnamese index (searchIndexFiles.ts): its manifest from
 * the page, and the shards, facets and page files fetched as a query needs them, each once.
 * Files are stored gzipped; a server that already decoded them sends plain bytes, and those
 * are read as they are.
 */
import type { FacetPages } from './facets';
import { PageSet } from './pageSet';
import { decodePostings, readShard, shardOf } from './postings';
import type { SearchIndex } from './runSearch';
import { shardKey } from './searchTokens';
import { FACETS_PATH, pagePath, shardPath, type PageDoc, type SearchManifest } from './searchIndexFiles';

/** Folder of the index under the site root (the same headers as Pagefind's files). */
export const SEARCH_INDEX_FOLDER = 'pagefind/vi';
/** Attribute of the search page's `data-search-app` element holding the manifest (JSON). */
export const SEARCH_INDEX_ATTRIBUTE = 'data-search-index';

export function readManifest(json: string | null | undefined): SearchManifest | undefined {
  if (!json) return undefined;
  try {
    const manifest = JSON.parse(json) as SearchManifest;
    return typeof manifest.base === 'string' && manifest.pages >= 0 && manifest.shards > 0 ? manifest : undefined;
  } catch {
    return undefined;
  }
}

async function gunzipped(response: Response): Promise<Uint8Array> {
  if (!response.ok) throw new Error(`search index: ${response.url} ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

export interface SearchIndexClient extends SearchIndex {
  /** What a result card needs of page `n`. */
  page(n: number): Promise<PageDoc>;
}

export function searchIndexClient(manifest: SearchManifest, load: (url: string) => Promise<Response> = (url) => fetch(url)): SearchIndexClient {
  const files = new Map<string, Promise<Uint8Array>>();
  const file = (path: string) => {
    let bytes = files.get(path);
    if (!bytes) {
      bytes = load(manifest.base + path).then(gunzipped);
      bytes.catch(() => files.delete(path)); // a failed fetch is tried again next time
      files.set(path, bytes);
    }
    return bytes;
  };
  const shards = new Map<number, Promise<Map<string, Uint8Array>>>();
  const shard = (n: number) => {
    let entries = shards.get(n);
    if (!entries) {
      entries = file(shardPath(n)).then(readShard);
      entries.catch(() => shards.delete(n));
      shards.set(n, entries);
    }
    return entries;
  };
  let facets: Promise<FacetPages> | undefined;
  return {
    pageCount: manifest.pages,
    async lookup(keys) {
      const out = new Map<string, PageSet>();
      await Promise.all(
        keys.map(async (key) => {
          const postings = (await shard(shardOf(shardKey(key), manifest.shards))).get(key);
          out.set(key, postings ? decodePostings(postings, manifest.pages) : new PageSet(manifest.pages));
        }),
      );
      return out;
    },
    facets() {
      facets ??= file(FACETS_PATH).then((bytes) => {
        const out: FacetPages = {};
        for (const [key, postings] of readShard(bytes)) {
          const [facet = '', value = ''] = key.split('\n');
          (out[facet] ??= {})[value] = decodePostings(postings, manifest.pages);
        }
        return out;
      });
      facets.catch(() => (facets = undefined));
      return facets;
    },
    async page(n) {
      return JSON.parse(new TextDecoder().decode(await file(pagePath(n)))) as PageDoc;
    },
  };
}
