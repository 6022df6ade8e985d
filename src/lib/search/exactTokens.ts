/**
 * A word's Telex spelling with the tone letter always last, and `z` for no tone: "tràng" →
 * "trangf", "Đà" → "ddaf", "toan" → "toanz", "lương" → "luwowngz". Raw Telex and VNI typed
 * with the input method off are read back through it (typedLeftovers.ts). Also the words of
 * a text, and whether a text has marks.
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
