/**
 * The words the search index holds, written at build time beside Pagefind's files
 * (`/pagefind/vi-words.json`) and fetched by the search page only when a query may be Telex,
 * VNI or run-together syllables (typedLeftovers.ts). Only words that can be Vietnamese
 * syllables are kept (letters of the Vietnamese alphabet, which has no f, j, w or z, at most
 * seven of them), lower case with their marks, each once, sorted.
 */
import { foldVietnamese } from '../foldVietnamese';
import { wordsOf } from './exactTokens';

export const LEXICON_FILE = 'vi-words.json';

export function lexiconWords(texts: Iterable<string>): string[] {
  const words = new Set<string>();
  for (const text of texts) {
    for (const word of wordsOf(text)) {
      const lower = word.toLowerCase();
      if (/^[a-eg-ik-vxy]{1,7}$/.test(foldVietnamese(lower))) words.add(lower);
    }
  }
  return [...words].sort();
}
