/**
 * The tokens of the search index, for a page at build time and for a query in the browser.
 *
 * Vietnamese writes one syllable per word, and most words are two syllables ("bảo vệ",
 * "Tràng Đà"), so the index keeps, for every run of text not broken by punctuation:
 *   - each syllable folded (no marks, `đ` → `d`, lower case): "tràng" → `trang`;
 *   - each syllable as written (lower case, marks kept): `=tràng`;
 *   - each pair of neighbouring syllables, folded and as written: `trang da`, `=tràng đà`;
 *   - the folded syllables and pairs of what the page is about (its title and facet values:
 *     places, type, sector) apart (`#trang`, `#trang da`), for ranking;
 *   - the folded syllables and pairs the page repeats, at least twice and once per
 *     DENSE_WORDS words (`+trang da`), for ranking: a short page on a place above a long one
 *     that names it once (what term frequency and length do in a usual ranking).
 * No positions are kept; a pair token tells that two syllables stand side by side.
 */
import { foldVietnamese } from '../foldVietnamese';
import { hasMarks, wordsOf } from './exactTokens';

export const EXACT_PREFIX = '=';
export const SUBJECT_PREFIX = '#';
export const DENSE_PREFIX = '+';
export const DENSE_WORDS = 200;

export const folded = (word: string): string => foldVietnamese(word);
export const exact = (word: string): string => EXACT_PREFIX + word.normalize('NFC').toLowerCase();
export const subjectKey = (foldedToken: string): string => SUBJECT_PREFIX + foldedToken;
export const denseKey = (foldedToken: string): string => DENSE_PREFIX + foldedToken;
const pair = (a: string, b: string, prefix = ''): string => `${prefix}${a.slice(prefix.length)} ${b.slice(prefix.length)}`;

/**
 * The form a token is filed under in the shards: its folded syllable or pair, so that
 * `=tràng`, `=trạng` and `#trang` share `trang`'s shard and a query fetches one file per
 * syllable and pair, whatever its marks.
 */
export const shardKey = (token: string): string => folded(token.replace(/^[=#+]/, ''));

/**
 * A word's folded and exact forms, remembered: a site of 10,000 pages writes a few million
 * words but only some tens of thousands of distinct ones, and folding (two normalisations
 * and a replace) was most of the index's build time.
 */
const FORMS = new Map<string, readonly [string, string]>();
const FORMS_KEPT = 200_000;
function wordForms(word: string): readonly [string, string] {
  let forms = FORMS.get(word);
  if (!forms) {
    forms = [folded(word), exact(word)];
    if (FORMS.size < FORMS_KEPT) FORMS.set(word, forms);
  }
  return forms;
}

/** Runs of words not broken by punctuation ("Tân Yên - Việt Thành" is two runs). */
export function wordRuns(text: string): string[][] {
  return text
    .normalize('NFC')
    .split(/[^\p{L}\p{M}\p{N}\s]+/u)
    .map(wordsOf)
    .filter((run) => run.length > 0);
}

/** Every token of a page: its searchable text (body, metadata, alias forms) and its subject (title, facet values). */
export function pageTokens(searchable: string, subject: string): Set<string> {
  const tokens = new Set<string>();
  visitPageTokens(searchable, subject, (token) => tokens.add(token));
  return tokens;
}

/**
 * Hands each token of a page to `visit`, some more than once, in the order pageTokens lists
 * them. The index builder reads a page's tokens this way: it keeps one posting per page
 * whatever the repeats, without a set per page.
 */
export function visitPageTokens(searchable: string, subject: string, visit: (token: string) => void): void {
  const times = new Map<string, number>();
  const seen = (token: string) => times.set(token, (times.get(token) ?? 0) + 1);
  let words = 0;
  for (const run of wordRuns(searchable)) {
    let previous: readonly [string, string] | undefined;
    for (const word of run) {
      const forms = wordForms(word);
      words += 1;
      seen(forms[0]);
      visit(forms[1]);
      if (previous) {
        seen(pair(previous[0], forms[0]));
        visit(pair(previous[1], forms[1], EXACT_PREFIX));
      }
      previous = forms;
    }
  }
  for (const [token, n] of times) {
    visit(token);
    if (n >= 2 && n * DENSE_WORDS >= words) visit(denseKey(token));
  }
  for (const run of wordRuns(subject)) {
    run.map(folded).forEach((word, i, words) => {
      visit(subjectKey(word));
      if (i > 0) visit(subjectKey(pair(words[i - 1]!, word)));
    });
  }
}

export interface QueryPair {
  folded: string;
  exact: string;
  /** Both words inside the same quotes: the page must have them side by side. */
  required: boolean;
}

export interface ParsedQuery {
  /** Folded syllables: a page must hold each (for a query with marks, as written, see `exact`). */
  folded: string[];
  /** The syllables as typed with their marks, when the query has any marks. */
  exact?: string[];
  /** Neighbouring syllables of the query. */
  pairs: QueryPair[];
  /** Subject tokens of the syllables and pairs, for ranking. */
  subject: string[];
  /** Dense tokens of the syllables and pairs, for ranking. */
  dense: string[];
}

/**
 * A query's tokens. Words inside double quotes are a phrase: each neighbouring pair in it is
 * required. Neighbours outside quotes only rank higher.
 */
export function parseQuery(query: string): ParsedQuery | undefined {
  const words: { word: string; quote: number }[] = [];
  query.split('"').forEach((part, i) => {
    // Odd parts are inside quotes; `quote` names the phrase a word belongs to (-1: none).
    const quote = i % 2 === 1 ? i : -1;
    for (const word of wordRuns(part).flat()) words.push({ word, quote });
  });
  if (words.length === 0) return undefined;
  const foldedWords = words.map((w) => folded(w.word));
  const exactWords = words.map((w) => exact(w.word));
  const pairs: QueryPair[] = [];
  for (let i = 1; i < words.length; i++) {
    pairs.push({
      folded: pair(foldedWords[i - 1]!, foldedWords[i]!),
      exact: pair(exactWords[i - 1]!, exactWords[i]!, EXACT_PREFIX),
      required: words[i]!.quote >= 0 && words[i]!.quote === words[i - 1]!.quote,
    });
  }
  const parsed: ParsedQuery = {
    folded: [...new Set(foldedWords)],
    pairs,
    subject: [...new Set([...foldedWords, ...pairs.map((p) => p.folded)])].map(subjectKey),
    dense: [...new Set([...foldedWords, ...pairs.map((p) => p.folded)])].map(denseKey),
  };
  if (hasMarks(query)) parsed.exact = [...new Set(exactWords)];
  return parsed;
}

/** Every token a query needs from the index. */
export function queryKeys(query: ParsedQuery): string[] {
  const keys = [...query.folded, ...query.pairs.map((p) => p.folded), ...query.subject, ...query.dense];
  if (query.exact) keys.push(...query.exact, ...query.pairs.map((p) => p.exact));
  return [...new Set(keys)];
}
