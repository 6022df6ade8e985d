import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { PageRecord } from '~/lib/search/pageRecord';
import { runSearch } from '~/lib/search/runSearch';
import { searchIndexClient } from '~/lib/search/searchIndexClient';
import { newestFirst, searchIndexFiles } from '~/lib/search/searchIndexFiles';
import { TokenTable } from '~/lib/search/tokenTable';
import type { SearchState } from '~/lib/search/searchState';

const page = (url: string, sort: string, text: string, filters: Record<string, string[]> = {}, title = 'Tin'): PageRecord => ({
  url,
  title,
  meta: {},
  filters,
  sort,
  text,
  searchable: text,
});

/** The index's files built from `pages`, read through the browser client from memory (gzipped as served). */
function indexOf(pages: PageRecord[], shardBytes = 40) {
  const ordered = newestFirst(pages);
  const table = new TokenTable();
  const { files, shards, totals } = searchIndexFiles(
    ordered.map((page) => table.indexedPage(page)),
    table,
    shardBytes,
  );
  const fetched: string[] = [];
  const client = searchIndexClient({ base: '/i/', pages: ordered.length, shards, totals }, async (url) => {
    fetched.push(url);
    const bytes = files.get(url.slice('/i/'.length));
    return bytes ? new Response(gzipSync(bytes)) : new Response('', { status: 404 });
  });
  const urls = (numbers: number[]) => numbers.map((n) => ordered[n]!.url);
  return { client, totals, fetched, urls, shards };
}

const state = (q: string, filters: SearchState['filters'] = {}, sort: SearchState['sort'] = 'relevance'): SearchState => ({ q, filters, sort });

const PAGES = [
  page('/tran-da/', '2021-01', 'Mô hình ở xã Tràng Đà, thành phố Tuyên Quang.', { loai: ['Mô hình'], 'dia-ban': ['xã Tràng Đà'] }),
  page('/tinh-trang/', '2024-05', 'Tình trạng: đã hoạt động từ lâu.', { loai: ['Bài viết'] }),
  page('/da-trang/', '2022-03', 'Đà phát triển của tình trạng mới.', { loai: ['Bài viết'] }),
  page('/ngan-hang/', '2020-01', 'Ngân hàng và cửa hàng.', { loai: ['Mô hình'] }, 'Tự quản ngân hàng'),
  page('/cua-hang/', '2023-01', 'Cửa hàng, ngân hàng, kho hàng.', { loai: ['Mô hình'] }),
];

describe('runSearch on the Vietnamese index', () => {
  it('counts only pages holding every syllable with its marks, and lists the folded matches apart', async () => {
    const { client, totals, urls } = indexOf(PAGES);
    const outcome = await runSearch(client, state('Tràng Đà'), totals, true);
    expect(urls(outcome.results)).toEqual(['/tran-da/']);
    expect(urls(outcome.approximate).sort()).toEqual(['/da-trang/', '/tinh-trang/']);
    expect(outcome.counts.loai).toEqual({ 'Mô hình': 1, 'Bài viết': 0 });
  });

  it('matches a query without marks folded, d for đ, and has no approximate group', async () => {
    const { client, totals, urls } = indexOf(PAGES);
    const outcome = await runSearch(client, state('trang da'), totals, false);
    expect(urls(outcome.results).sort()).toEqual(['/da-trang/', '/tinh-trang/', '/tran-da/']);
    expect(outcome.approximate).toEqual([]);
    expect(outcome.counts).toEqual({});
  });

  it('ranks syllables side by side first, then newest first', async () => {
    const { client, totals, urls } = indexOf(PAGES);
    const outcome = await runSearch(client, state('trang da'), totals, false);
    expect(urls(outcome.results)).toEqual(['/tran-da/', '/tinh-trang/', '/da-trang/']);
  });

  it('ranks the page about the words (its title) above pages that only mention them', async () => {
    const { client, totals, urls } = indexOf(PAGES);
    const outcome = await runSearch(client, state('ngan hang'), totals, false);
    expect(urls(outcome.results)).toEqual(['/ngan-hang/', '/cua-hang/']);
  });

  it('matches whole syllables: "hang" is not "hàng…" prefixes, and a quoted phrase needs its words side by side', async () => {
    const { client, totals, urls } = indexOf(PAGES);
    expect(urls((await runSearch(client, state('"kho hang"'), totals, false)).results)).toEqual(['/cua-hang/']);
    expect((await runSearch(client, state('ngan han'), totals, false)).results).toEqual([]);
  });

  it('gives a marked syllable found nowhere no result, and its folded matches apart', async () => {
    const { client, totals, urls } = indexOf(PAGES);
    const outcome = await runSearch(client, state('trảng'), totals, true);
    expect(outcome.results).toEqual([]);
    expect(urls(outcome.approximate).sort()).toEqual(['/da-trang/', '/tinh-trang/', '/tran-da/']);
    expect(outcome.counts.loai).toEqual({ 'Mô hình': 0, 'Bài viết': 0 });
  });

  it('lists a filter without words newest first, and counts a facet as if its own selection were cleared', async () => {
    const { client, totals, urls } = indexOf(PAGES);
    const outcome = await runSearch(client, state('', { loai: ['Mô hình'] }), totals, true);
    expect(urls(outcome.results)).toEqual(['/cua-hang/', '/tran-da/', '/ngan-hang/']);
    expect(outcome.counts.loai).toEqual({ 'Mô hình': 3, 'Bài viết': 2 });
    expect(outcome.counts['dia-ban']).toEqual({ 'xã Tràng Đà': 1 });
  });

  it('orders by date when asked, whatever the ranking', async () => {
    const { client, totals, urls } = indexOf(PAGES);
    const outcome = await runSearch(client, state('hang', {}, 'date'), totals, false);
    expect(urls(outcome.results)).toEqual(['/cua-hang/', '/ngan-hang/']);
  });

  it('fetches nothing without words or filters, and gives the site totals', async () => {
    const { client, totals, fetched } = indexOf(PAGES);
    const outcome = await runSearch(client, state(' '), totals, true);
    expect(fetched).toEqual([]);
    expect(outcome.counts.loai).toEqual({ 'Mô hình': 3, 'Bài viết': 2 });
  });

  it('fetches only the shards of the query’s tokens, and the facets only when counts or filters need them', async () => {
    const { client, totals, fetched, shards } = indexOf(PAGES);
    expect(shards).toBeGreaterThan(5);
    await runSearch(client, state('rừng'), totals, false);
    expect(fetched.every((url) => url.startsWith('/i/s/'))).toBe(true);
    expect(fetched.length).toBeLessThan(shards);
    await runSearch(client, state('rừng'), totals, true);
    expect(fetched.at(-1)).toBe('/i/facets.bin');
  });
});
