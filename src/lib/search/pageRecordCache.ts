/**
 * The search index reads every built page on every build; parsing a page's HTML and working
 * out its tokens was nearly all of that work. What the index keeps of each page (its record
 * and its tokens' numbers, tokenTable.ts) is kept between builds in Astro's cache folder
 * (node_modules/.astro, which the deploy workflows restore like the image cache), keyed by the
 * page's URL and HTML: a page that did not change is not read again, so an editor's publish
 * re-reads the pages it changed, not the archive.
 *
 * The cache holds a fingerprint of what records are made from besides the page: the code in
 * src/lib, the alias table and the lock file. Any change there starts from an empty cache,
 * so a record is never older than the code that would make it.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { codeFingerprint } from '../codeFingerprint';
import { writeLinesAtomically } from '../writeLinesAtomically';
import { TokenTable, type IndexedPage } from './tokenTable';

export const RECORD_CACHE_FILE = join('node_modules', '.astro', 'search-records.ndjson');

/** What records are made by besides the page, relative to the project root: a change there makes every cached record stale. */
const RECORD_CODE = [join('src', 'lib'), 'package-lock.json'];

/** A hash of the code, alias table and dependencies that make records. */
export const recordFingerprint = (root: string, aliasesText: string): Promise<string> => codeFingerprint(root, RECORD_CODE, aliasesText);

const pageKey = (url: string, html: string | Uint8Array) => createHash('sha256').update(url).update('\0').update(html).digest('base64url').slice(0, 27);

const encodeTokens = (tokens: Uint32Array) => Buffer.from(tokens.buffer, tokens.byteOffset, tokens.byteLength).toString('base64');
function decodeTokens(text: string): Uint32Array {
  const bytes = Buffer.from(text, 'base64');
  // Copied into a buffer of its own: the decoded bytes may not start at a multiple of four.
  return new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}

export interface PageRecordCache {
  /** The numbered tokens the cached pages refer to; pages read in this build add theirs. */
  readonly table: TokenTable;
  /** The page as indexed in an earlier build, `null` for a page without a record, `undefined` if not cached. */
  get(url: string, html: string | Uint8Array): IndexedPage | null | undefined;
  set(url: string, html: string | Uint8Array, page: IndexedPage | null): void;
  /** Writes the pages of this build (others are dropped), if anything changed; never fails the build. */
  save(): Promise<void>;
  readonly hits: number;
  readonly misses: number;
}

/**
 * Opens the cache file: a line with the fingerprint, a line with the token table (JSON), then
 * one line per page: its key, its tokens' numbers (base64) and its record (JSON), split by
 * tabs. A file with another fingerprint, or one that cannot be read, counts as empty (the
 * build then reads every page, as the first build does).
 */
export async function openPageRecordCache(file: string, fingerprint: string): Promise<PageRecordCache> {
  const stored = new Map<string, string>();
  const lines = (await readFile(file, 'utf8').catch(() => '')).split('\n');
  let table = new TokenTable();
  try {
    if (lines[0] === fingerprint) {
      table = new TokenTable(JSON.parse(lines[1] ?? '') as string[]);
      for (const line of lines.slice(2)) {
        const tab = line.indexOf('\t');
        if (tab > 0) stored.set(line.slice(0, tab), line.slice(tab + 1));
      }
    }
  } catch {
    stored.clear();
    table = new TokenTable();
  }
  const used = new Map<string, string>();
  let hits = 0;
  let misses = 0;
  return {
    table,
    get(url, html) {
      const key = pageKey(url, html);
      const line = stored.get(key);
      if (line === undefined) return undefined;
      try {
        const tab = line.indexOf('\t');
        const record = JSON.parse(line.slice(tab + 1)) as Omit<IndexedPage, 'tokens'> | null;
        const page = record && { ...record, tokens: decodeTokens(line.slice(0, tab)) };
        if (page && page.tokens.some((n) => n >= table.tokens.length)) return undefined;
        used.set(key, line);
        hits += 1;
        return page;
      } catch {
        return undefined;
      }
    },
    set(url, html, page) {
      const { tokens, ...record } = page ?? { tokens: new Uint32Array() };
      used.set(pageKey(url, html), `${encodeTokens(tokens)}\t${JSON.stringify(page ? record : null)}`);
      misses += 1;
    },
    async save() {
      if (misses === 0 && used.size === stored.size) return;
      const header = [fingerprint, JSON.stringify(table.tokens)];
      await writeLinesAtomically(
        file,
        (function* () {
          yield* header;
          for (const [key, line] of used) yield `${key}\t${line}`;
        })(),
      );
    },
    get hits() {
      return hits;
    },
    get misses() {
      return misses;
    },
  };
}
