/**
 * The words the search index holds, written at build time beside Pagefind's files
 * (`/pagefind/vi-words.json`) and fetched by the search page only when a query may be Telex,
 * VNI or run-together syllables (typedLeftovers.ts). Only words that can be Vietnamese
 * syllables are kept (letters of the Vietnamese alphabet, which has no f, j, w or z, at most
 * seven of them), lower case with their marks, each once, sorted.
 */
import { foldVietnamese } from '../foldVietnamese';
import { wordsOf } from './exactTokens';
import { exact, EXACT_PREFIX } from './searchTokens';

export const LEXICON_FILE = 'vi-words.json';

/**
 * The lexicon of an index from its tokens: its words as written (`=quốc`, the exact tokens of
 * searchTokens.ts) that can be Vietnamese syllables, without their mark.
 */
export function lexiconOfTokens(tokens: Iterable<string>): string[] {
  const words = new Set<string>();
  for (const token of tokens) {
    if (!token.startsWith(EXACT_PREFIX) || token.includes(' ')) continue;
    const word = token.slice(EXACT_PREFIX.length);
    if (/^[a-eg-ik-vxy]{1,7}$/.test(foldVietnamese(word))) words.add(word);
  }
  return [...words].sort();
}

/** The lexicon of texts: what an index of them would give (lexiconOfTokens). */
export function lexiconWords(texts: Iterable<string>): string[] {
  return lexiconOfTokens([...texts].flatMap((text) => wordsOf(text).map(exact)));
}
