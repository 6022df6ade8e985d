import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { AstroIntegrationLogger } from 'astro';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildSearchIndex } from '~/integrations/searchIndex';
import { pageRecord } from '~/lib/search/pageRecord';
import { openPageRecordCache, RECORD_CACHE_FILE, recordFingerprint, type PageRecordCache } from '~/lib/search/pageRecordCache';

const page = (title: string, body: string) =>
  `<!doctype html><html lang="vi"><head><title>${title}</title></head><body><article data-pagefind-body><h1>${title}</h1><p>${body}</p>` +
  `<span hidden data-pagefind-sort="date">2025-01-01</span></article></body></html>`;

/** The page as the index keeps it, numbered in the cache's own token table. */
const indexed = (cache: PageRecordCache, html: string, url: string) => cache.table.indexedPage(pageRecord(html, url)!);

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'record-cache-'));
  await mkdir(join(root, 'src', 'lib'), { recursive: true });
  await mkdir(join(root, 'src', 'data'), { recursive: true });
  await writeFile(join(root, 'src', 'lib', 'code.ts'), 'export const version = 1;\n');
  await writeFile(join(root, 'src', 'data', 'searchAliases.yml'), 'aliases:\n  - short: ANTT\n    long: [an ninh trật tự]\n    source: test\n');
});
afterEach(() => rm(root, { recursive: true, force: true }));

describe('the cache of search records', () => {
  it('gives back the record of a page unchanged since the last build, and nothing for a changed one', async () => {
    const file = join(root, RECORD_CACHE_FILE);
    const html = page('Đội bảo vệ rừng', 'Tuần tra ven rừng.');
    const first = await openPageRecordCache(file, 'code-1');
    expect(first.get('/a/', html)).toBeUndefined();
    const kept = indexed(first, html, '/a/');
    first.set('/a/', html, kept);
    await first.save();

    const next = await openPageRecordCache(file, 'code-1');
    const cached = next.get('/a/', html)!;
    expect(cached).toEqual(kept);
    // Its tokens name the same words in the table read back.
    expect([...cached.tokens].map((n) => next.table.tokens[n])).toEqual([...kept.tokens].map((n) => first.table.tokens[n]));
    expect(next.table.tokens).toContain('=rừng');
    expect(next.get('/a/', page('Đội bảo vệ rừng', 'Tuần tra ven suối.'))).toBeUndefined();
    // The same page at another address is another record (its URL is in it).
    expect(next.get('/b/', html)).toBeUndefined();
  });

  it('starts empty when the code that makes records has changed', async () => {
    const file = join(root, RECORD_CACHE_FILE);
    const html = page('Tin', 'Nội dung.');
    const cache = await openPageRecordCache(file, 'code-1');
    cache.set('/a/', html, indexed(cache, html, '/a/'));
    await cache.save();
    expect((await openPageRecordCache(file, 'code-2')).get('/a/', html)).toBeUndefined();
  });

  it('reads a cut or damaged cache file as empty instead of failing the build', async () => {
    const file = join(root, RECORD_CACHE_FILE);
    const html = page('Tin', 'Nội dung.');
    const cache = await openPageRecordCache(file, 'code-1');
    cache.set('/a/', html, indexed(cache, html, '/a/'));
    await cache.save();
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.slice(0, text.length - 20));
    expect((await openPageRecordCache(file, 'code-1')).get('/a/', html)).toBeUndefined();
    await writeFile(file, '\u0000garbage');
    expect((await openPageRecordCache(file, 'code-1')).get('/a/', html)).toBeUndefined();
  });

  it('does not fail the build when the cache cannot be written', async () => {
    // A folder where the file should be: writing it fails as on a read-only disk.
    const file = join(root, 'blocked', 'search-records.ndjson');
    await mkdir(file, { recursive: true });
    const html = page('Tin', 'Nội dung.');
    const cache = await openPageRecordCache(file, 'code-1');
    cache.set('/a/', html, indexed(cache, html, '/a/'));
    await expect(cache.save()).resolves.toBeUndefined();
    expect(await readdir(join(root, 'blocked'))).toEqual(['search-records.ndjson']);
  });

  it('keeps only the pages of the last build, so it does not grow with deleted pages', async () => {
    const file = join(root, RECORD_CACHE_FILE);
    const [a, b] = [page('A', 'Một.'), page('B', 'Hai.')];
    const cache = await openPageRecordCache(file, 'code-1');
    cache.set('/a/', a, indexed(cache, a, '/a/'));
    cache.set('/b/', b, indexed(cache, b, '/b/'));
    await cache.save();
    const next = await openPageRecordCache(file, 'code-1');
    next.get('/a/', a);
    await next.save();
    const last = await openPageRecordCache(file, 'code-1');
    expect(last.get('/a/', a)).toBeDefined();
    expect(last.get('/b/', b)).toBeUndefined();
  });

  it('has a fingerprint that changes with the code in src/lib and with the alias table', async () => {
    const aliases = 'ANTT';
    const before = await recordFingerprint(root, aliases);
    expect(await recordFingerprint(root, aliases)).toBe(before);
    expect(await recordFingerprint(root, 'ANTT, TP')).not.toBe(before);
    await writeFile(join(root, 'src', 'lib', 'code.ts'), 'export const version = 2;\n');
    expect(await recordFingerprint(root, aliases)).not.toBe(before);
  });
});

describe('the search index built with restored caches', () => {
  const quiet = { info: () => {}, warn: () => {}, error: () => {}, debug: () => {} } as unknown as AstroIntegrationLogger;
  const logged: string[] = [];
  const logger = { ...quiet, info: (line: string) => logged.push(line) } as unknown as AstroIntegrationLogger;

  async function site(pages: Record<string, string>) {
    const out = join(root, 'dist');
    await rm(out, { recursive: true, force: true });
    for (const [url, html] of Object.entries({ ...pages, '/tim-kiem/': '<html><body><div data-search-app></div></body></html>' })) {
      await mkdir(join(out, url), { recursive: true });
      await writeFile(join(out, url, 'index.html'), html);
    }
    return out;
  }

  /** The texts of every result card the index holds. */
  async function cardTexts(out: string) {
    const base = join(out, 'pagefind', 'vi');
    const [id] = await readdir(base);
    const cards = await readdir(join(base, id!, 'p'));
    return Promise.all(cards.map(async (f) => (JSON.parse(gunzipSync(await readFile(join(base, id!, 'p', f))).toString()) as { text: string }).text));
  }

  it('re-reads only the edited page, and search shows the edit', async () => {
    const pages = { '/bai-viet/a/': page('Tin A', 'Tuần tra ven rừng.'), '/bai-viet/b/': page('Tin B', 'Họp dân ở thôn.') };
    await buildSearchIndex(root, await site(pages), logger);
    expect(logged.at(-1)).toContain('(pages read: 2; unchanged since the last build: 0)');

    const edited = await site({ ...pages, '/bai-viet/b/': page('Tin B', 'Họp dân ở thôn Khuôn Phục.') });
    await buildSearchIndex(root, edited, logger);
    expect(logged.at(-1)).toContain('(pages read: 1; unchanged since the last build: 1)');
    expect((await cardTexts(edited)).filter((text) => text.includes('thôn Khuôn Phục'))).toHaveLength(1);
  });

  it('gives the same index from cached records as from a fresh read', async () => {
    const pages = { '/bai-viet/a/': page('Tin A', 'Tuần tra ven rừng ANTT.'), '/mo-hinh/b/': page('Mô hình B', 'Camera an ninh.') };
    const out = await site(pages);
    await buildSearchIndex(root, out, quiet);
    const fresh = await readdir(join(out, 'pagefind', 'vi'));
    await buildSearchIndex(root, await site(pages), logger);
    expect(logged.at(-1)).toContain('(pages read: 0; unchanged since the last build: 2)');
    expect(await readdir(join(out, 'pagefind', 'vi'))).toEqual(fresh);
  });
});
