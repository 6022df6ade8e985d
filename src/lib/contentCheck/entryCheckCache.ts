/**
 * What the content check worked out of an entry file's text alone, kept between builds in
 * Astro's cache folder (node_modules/.astro, which the deploy workflows restore): the front
 * matter read and its problems, misspelt keys, date-like values, the schema's verdict and the
 * body's own problems. Reading YAML, parsing Markdown and running the schemas was most of the
 * check's time (about 5 s of a 10,000-entry build), and an editor's publish changes one file.
 *
 * A record is found only by the exact text and path of the file and a fingerprint of all of
 * src/ and the lock file, so a changed file or changed rules are checked afresh. Everything that
 * depends on other files is checked on every build, cached or not: photos on disk (covers,
 * galleries and the photos a body shows: see bodyTemplate.ts), references to other entries,
 * duplicate names and loops between places.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { codeFingerprint } from '../codeFingerprint';
import { writeLinesAtomically } from '../writeLinesAtomically';
import type { BodyTemplate } from './bodyTemplate';
import type { Problem } from './problem';

export const ENTRY_CHECK_CACHE_FILE = join('node_modules', '.astro', 'content-check-entries.ndjson');

/** The code the per-file checks are made of (rules, schemas, Markdown engine), and the dependencies. */
const CHECK_CODE = ['src', 'package-lock.json'];

/** The front matter as read (readEntries.ts), without the body, which is the rest of the text. */
export interface CachedRead {
  problems: Problem[];
  data?: { data: Record<string, unknown>; bodyLine: number; dateLike: string[] } | undefined;
}

/** The checks run on the read data and the body (checkContent.ts), photos left to be checked. */
export interface CachedChecks {
  /** Misspelt keys and date-like values, in that order. */
  keys: Problem[];
  body: BodyTemplate;
  schema: { problems: Problem[]; data?: Record<string, unknown> | undefined };
}

export interface CachedEntry {
  read: CachedRead;
  checks: CachedChecks;
}

export interface EntryCheckCache {
  key(collection: string, file: string, text: string): string;
  get(key: string): CachedEntry | undefined;
  set(key: string, entry: CachedEntry): void;
  /** Writes the records of this check (others are dropped); never fails the build. */
  save(): Promise<void>;
  /** Files whose kept checks were used. */
  readonly hits: number;
  /** Files checked in full (and kept for the next build). */
  readonly misses: number;
}

const isList = (value: unknown): value is unknown[] => Array.isArray(value);

/** A record of the shape this code writes: a line edited by hand or cut short reads as a miss, never as a crash. */
function isWhole(entry: Partial<CachedEntry> | null): entry is CachedEntry {
  const checks = entry?.checks;
  return (
    isList(entry?.read?.problems) &&
    checks !== undefined &&
    isList(checks.keys) &&
    isList(checks.schema?.problems) &&
    isList(checks.body?.messages) &&
    isList(checks.body.photos) &&
    typeof checks.body.marker === 'string'
  );
}

/**
 * Opens the cache file: a line with the fingerprint, then one line per file: its key and its
 * record (JSON), split by a tab. Another fingerprint, or a file that cannot be read, counts as
 * empty; a line that does not parse is a miss.
 */
export async function openEntryCheckCache(root: string): Promise<EntryCheckCache> {
  const file = join(root, ENTRY_CHECK_CACHE_FILE);
  const fingerprint = await codeFingerprint(root, CHECK_CODE);
  const stored = new Map<string, string>();
  const lines = (await readFile(file, 'utf8').catch(() => '')).split('\n');
  if (lines[0] === fingerprint) {
    for (const line of lines.slice(1)) {
      const tab = line.indexOf('\t');
      if (tab > 0) stored.set(line.slice(0, tab), line.slice(tab + 1));
    }
  }
  const used = new Map<string, string>();
  let changed = false;
  let hits = 0;
  let misses = 0;
  return {
    key: (collection, path, text) => createHash('sha256').update(collection).update('\0').update(path).update('\0').update(text).digest('base64url'),
    get(key) {
      const line = stored.get(key);
      if (line === undefined) return undefined;
      try {
        const entry = JSON.parse(line) as Partial<CachedEntry> | null;
        if (!isWhole(entry)) return undefined;
        used.set(key, line);
        hits += 1;
        return entry;
      } catch {
        return undefined;
      }
    },
    set(key, entry) {
      used.set(key, JSON.stringify(entry));
      changed = true;
      misses += 1;
    },
    async save() {
      if (!changed && used.size === stored.size) return;
      await writeLinesAtomically(
        file,
        (function* () {
          yield fingerprint;
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
