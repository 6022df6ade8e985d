/**
 * Hidden search tokens that keep a word's Vietnamese marks through Pagefind.
 *
 * Pagefind folds every mark before matching ("Tràng" and "trạng" both index as "trang"), so
 * an accented query cannot tell "Tràng Đà" from "tình trạng … đã". Each word of a page is
 * therefore also indexed as its Telex spelling with the tone letter always last, and `z`
 * for no tone: "tràng" → "trangf", "Đà" → "ddaf", "toan" → "toanz", "lương" → "luwowngz".
 * Plain ASCII, so Pagefind keeps it as is, and no real word ends that way, so an encoded
 * query matches only the same syllable with the same marks (the trailing tone letter also
 * stops prefix matching from reaching a longer syllable).
 * Two neighbouring words give a pair token ("trangfddaf"), so a query can ask for them
 * side by side ("Tràng Đà") rather than anywhere on the page.
 */

const TONES: Record<string, string> = { '\u0300': 'f', '\u0301': 's', '\u0309': 'r', '\u0303': 'x', '\u0323': 'j' };
/** Vowel marks spelled the Telex way after their letter: â → aa, ă → aw, ơ → ow, ư → uw. */
const VOWEL_MARKS: Record<string, (base: string) => string> = {
  '\u0302': (base) => base, // circumflex: â ê ô → aa ee oo
  '\u0306': () => 'w', // breve: ă → aw
  '\u031b': () => 'w', // horn: ơ ư → ow uw
};

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** True when the text has any Vietnamese mark, `đ` included ("Tràng", "đa"; not "trang"). */
export function hasMarks(text: string): boolean {
  return /[đĐ]/.test(text) || /[\u0300-\u036f]/.test(text.normalize('NFD'));
}

/** The Telex token of one word: "Tràng" → "trangf", "xã" → "xax", "BIDV" → "bidvz". */
export function exactToken(word: string): string {
  let out = '';
  let tone = 'z';
  let last = '';
  for (const char of word.normalize('NFD').toLowerCase()) {
    if (char === 'đ') out += last = 'dd';
    else if (TONES[char]) tone = TONES[char];
    else if (VOWEL_MARKS[char]) out += VOWEL_MARKS[char](last.at(-1) ?? '');
    else out += last = char;
  }
  return out + tone;
}

/** The words of a text, NFC. */
export function wordsOf(text: string): string[] {
  return text.normalize('NFC').match(WORD) ?? [];
}

/**
 * Tokens of a text: each word's token and each pair of neighbouring words (within a run of
 * text not broken by punctuation), each once, in order of first appearance.
 */
export function exactTokensOf(text: string): string[] {
  const tokens = new Set<string>();
  for (const run of text.normalize('NFC').split(/[^\p{L}\p{M}\p{N}\s]+/u)) {
    const words = wordsOf(run).map(exactToken);
    words.forEach((token, i) => {
      tokens.add(token);
      if (i > 0) tokens.add(words[i - 1] + token);
    });
  }
  return [...tokens];
}

export interface ExactQuery {
  /** Each word's token: a page holds the word with these marks when it holds the token. */
  words: string[];
  /** Pair tokens of neighbouring words (none for a one-word query). */
  pairs: string[];
}

/** The tokens to look up for a query typed with marks; undefined for one without (or with quotes). */
export function exactQuery(query: string): ExactQuery | undefined {
  if (!hasMarks(query) || query.includes('"')) return undefined;
  const words = wordsOf(query).map(exactToken);
  if (words.length === 0) return undefined;
  return { words, pairs: words.slice(1).map((token, i) => words[i] + token) };
}

/**
 * A Pagefind query that matches exactly one token. Pagefind 1.6 matches an unquoted word by
 * prefix and, when no indexed word starts with it, by its longest indexed prefix
 * ("hooftoanq" finds "hooftoanr"); a quoted word must be indexed as is.
 */
export function tokenQuery(token: string): string {
  return `"${token}"`;
}
