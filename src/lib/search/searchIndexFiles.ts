/**
 * The search index's files from the pages' records (pageRecord.ts), before compression:
 *   - `s/<n>.bin`: the shards, every token's postings (postings.ts), tokens spread by hash;
 *   - `facets.bin`: each facet value's pages, keyed `<facet key>\n<value>`;
 *   - `p/<n>.json`: what a result card and its excerpt need of page n.
 * Pages are numbered newest first (then by URL), so ties and date order need no data.
 * The manifest goes into the search page: the number of pages and shards, and the counts
 * of the empty query's facets, so that nothing is fetched before a query.
 */
import { FACETS, type FilterCounts } from './facets';
import type { PageRecord } from './pageRecord';
import { encodePostings, encodeShard, shardOf } from './postings';
import { shardKey } from './searchTokens';
import type { IndexedPage, TokenTable } from './tokenTable';

export interface SearchManifest {
  /** Folder of this build's files, relative to the site root ("/pagefind/vi/<hash>/"). */
  base: string;
  pages: number;
  shards: number;
  /** Facet counts of the whole site. */
  totals: FilterCounts;
}

export interface PageDoc {
  url: string;
  title: string;
  meta: Record<string, string>;
  text: string;
}

/** Raw bytes of postings a shard should hold at most on average (before gzip). */
export const SHARD_TARGET_BYTES = 12_000;

export const shardPath = (n: number) => `s/${n}.bin`;
export const pagePath = (n: number) => `p/${n}.json`;
export const FACETS_PATH = 'facets.bin';
export const facetEntryKey = (facet: string, value: string) => `${facet}\n${value}`;

export function newestFirst<T extends Pick<PageRecord, 'sort' | 'url'>>(pages: readonly T[]): T[] {
  return [...pages].sort((a, b) => (a.sort === b.sort ? a.url.localeCompare(b.url) : a.sort < b.sort ? 1 : -1));
}

/**
 * `pages` must already be in index order (newestFirst), their tokens numbers of `table`
 * (TokenTable.indexedPage). Returns the files, the number of shards, the site's facet counts
 * and the index's tokens.
 */
export function searchIndexFiles(
  pages: readonly IndexedPage[],
  table: TokenTable,
  targetBytes = SHARD_TARGET_BYTES,
): { files: Map<string, Uint8Array>; shards: number; totals: FilterCounts; tokens: string[] } {
  const size = pages.length;
  const postings: number[][] = [];
  pages.forEach((page, n) => {
    for (const token of page.tokens) (postings[token] ??= []).push(n);
  });
  const encoded: (readonly [string, Uint8Array])[] = [];
  postings.forEach((list, token) => encoded.push([table.tokens[token]!, encodePostings(list, size)]));
  // By token, so the same pages give the same files whatever order the table numbered them in.
  encoded.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const total = encoded.reduce((n, [key, bytes]) => n + key.length + bytes.length + 2, 0);
  const shards = Math.max(1, Math.ceil(total / targetBytes));
  const byShard: (typeof encoded)[number][][] = Array.from({ length: shards }, () => []);
  for (const entry of encoded) byShard[shardOf(shardKey(entry[0]), shards)]!.push(entry);

  const files = new Map<string, Uint8Array>();
  byShard.forEach((entries, n) => files.set(shardPath(n), encodeShard(entries)));

  const totals: FilterCounts = {};
  const facetEntries: [string, Uint8Array][] = [];
  for (const { key } of FACETS) {
    const values = new Map<string, number[]>();
    pages.forEach((page, n) => {
      for (const value of new Set(page.filters[key] ?? [])) {
        const list = values.get(value);
        if (list) list.push(n);
        else values.set(value, [n]);
      }
    });
    totals[key] = Object.fromEntries([...values].map(([value, list]) => [value, list.length]));
    for (const [value, list] of values) facetEntries.push([facetEntryKey(key, value), encodePostings(list, size)]);
  }
  files.set(FACETS_PATH, encodeShard(facetEntries));

  const encoder = new TextEncoder();
  pages.forEach((page, n) => {
    const doc: PageDoc = { url: page.url, title: page.title, meta: page.meta, text: page.text };
    files.set(pagePath(n), encoder.encode(JSON.stringify(doc)));
  });
  return { files, shards, totals, tokens: encoded.map(([token]) => token) };
}
