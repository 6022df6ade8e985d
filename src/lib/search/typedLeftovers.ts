/**
 * Queries typed with the input method off: raw Telex ("xawng daauf"), raw VNI ("xa8ng
 * da6u") and syllables run together ("baoverung"). Each is read back against the words the
 * index holds (a lexicon written at build time, see lexicon.ts), so a word the site really
 * uses is never rewritten.
 *
 * Typed keys become the token exactTokens.ts gives a word ("daauf" → "daauf", "dafu" →
 * "daauf"; VNI "da6u2" → "daauf"), and the lexicon says which word has that token.
 */
import { exactToken } from './exactTokens';

export interface Lexicon {
  /** Words of the index without marks, folded ("dau", "bao"). */
  folded: ReadonlySet<string>;
  /** Word with marks by its exact token ("daauf" → "dầu"). */
  byToken: ReadonlyMap<string, string>;
  /** Word with marks by its token without the tone ("daau" → "dầu"): for keys typed without the tone ("da6u"). */
  byBody: ReadonlyMap<string, string>;
}

/** A lexicon from the index's words (NFC, lower case, with their marks). */
export function lexiconOf(words: readonly string[], fold: (w: string) => string): Lexicon {
  const byToken = new Map<string, string>();
  const byBody = new Map<string, string>();
  for (const word of words) {
    const token = exactToken(word);
    if (!byToken.has(token)) byToken.set(token, word);
    if (!byBody.has(token.slice(0, -1))) byBody.set(token.slice(0, -1), word);
  }
  return { folded: new Set(words.map(fold)), byToken, byBody };
}

const VOWEL = /[aeiouy]/;
const TONE_KEYS: Record<string, string> = { f: 'f', s: 's', r: 'r', x: 'x', j: 'j', z: 'z' };
const VNI_TONES: Record<string, string> = { '1': 's', '2': 'f', '3': 'r', '4': 'x', '5': 'j', '0': 'z' };

/**
 * The body with the breve or horn a Telex "w" asks for: on the vowel just typed ("aw" ă,
 * "ow" ơ, "uw" ư, "uow" ươ), else on the syllable's vowels typed before ("muaw" mưa,
 * "xoanw" xoăn), else a lone "w" is ư.
 */
function withHorn(body: string): string {
  if (/uo$/.test(body)) return `${body.slice(0, -1)}wow`;
  if (/[aou]$/.test(body)) return `${body}w`;
  const group = /[aeiouy]+(?=[^aeiouy]*$)/.exec(body);
  if (!group) return `${body}uw`;
  const at = group.index;
  const vowels = group[0];
  const marked = vowels.startsWith('uo') ? `uwow${vowels.slice(2)}` : vowels.startsWith('oa') ? `oaw${vowels.slice(2)}` : vowels.replace(/[aou]/, '$&w');
  return body.slice(0, at) + marked + body.slice(at + vowels.length);
}

/** The exact token of a word typed in Telex, or undefined when it has no Telex key. */
export function telexToken(typed: string): string | undefined {
  const word = typed.toLowerCase();
  if (!/^[a-z]+$/.test(word)) return undefined;
  let body = '';
  let tone = 'z';
  let sawVowel = false;
  let keyed = false;
  for (const char of word) {
    // After the first vowel, f s r x j z are tone keys: no Vietnamese syllable ends in them.
    if (sawVowel && TONE_KEYS[char]) {
      tone = TONE_KEYS[char];
      keyed = true;
    } else if (char === 'w') {
      keyed = true;
      body = withHorn(body);
      sawVowel = true;
    } else {
      body += char;
      if (VOWEL.test(char)) sawVowel = true;
    }
  }
  // "ưo" is no Vietnamese rhyme: "uwong" is a lazy "ương".
  body = body.replace(/uwo(?!w)/, 'uwow');
  if (/dd|aa|ee|oo/.test(body)) keyed = true;
  return keyed ? body + tone : undefined;
}

/** The exact token of a word typed in VNI (digits as keys), or undefined when it has none. */
export function vniToken(typed: string): string | undefined {
  const word = typed.toLowerCase();
  if (!/^[a-z]+[a-z0-9]*$/.test(word) || !/\d/.test(word) || !/[a-z]/.test(word)) return undefined;
  let body = '';
  let tone = 'z';
  for (const char of word) {
    if (VNI_TONES[char]) tone = VNI_TONES[char];
    else if (char === '6') body = body.replace(/([aeo])(?!.*[aeo])/, '$1$1');
    else if (char === '7') body = /uo(?!.*[ou])/.test(body) ? body.replace(/uo(?!.*[ou])/, 'uwow') : body.replace(/([ou])(?!.*[ou])/, '$1w');
    else if (char === '8') body = body.replace(/a(?!.*a)/, 'aw');
    else if (char === '9') body = body.replace(/d(?!.*d)/, 'dd');
    else body += char;
  }
  return body + tone;
}

/** The word of the lexicon a typed word stands for, or undefined. Real words are kept. */
function readWord(typed: string, lexicon: Lexicon): string | undefined {
  const lower = typed.toLowerCase();
  if (lexicon.folded.has(lower)) return lower;
  const token = /\d/.test(lower) ? vniToken(lower) : telexToken(lower);
  if (!token) return undefined;
  return lexicon.byToken.get(token) ?? (token.endsWith('z') ? lexicon.byBody.get(token.slice(0, -1)) : undefined);
}

/** Splits syllables typed without spaces ("baoverung" → ["bao", "ve", "rung"]), fewest pieces first. */
export function splitRunTogether(typed: string, lexicon: Lexicon, maxPiece = 8): string[] | undefined {
  const word = typed.toLowerCase();
  const best: (string[] | undefined)[] = [[]];
  for (let end = 1; end <= word.length; end++) {
    for (let start = Math.max(0, end - maxPiece); start < end; start++) {
      const before = best[start];
      const piece = before && readWord(word.slice(start, end), lexicon);
      if (before && piece && (!best[end] || before.length + 1 < best[end]!.length)) best[end] = [...before, piece];
    }
  }
  const pieces = best[word.length];
  return pieces && pieces.length > 1 ? pieces : undefined;
}

/**
 * The query as the reader meant it, when some word of it reads as Telex, VNI or run-together
 * syllables of words the site uses; undefined when it is fine as typed (words with marks,
 * words the index holds, and words that read as nothing are kept).
 */
export function recogniseQuery(query: string, lexicon: Lexicon): string | undefined {
  if (query.includes('"')) return undefined;
  let changed = false;
  const words = query
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((typed) => {
      if (!/^[a-zA-Z0-9]+$/.test(typed) || lexicon.folded.has(typed.toLowerCase())) return typed;
      const read = readWord(typed, lexicon) ?? splitRunTogether(typed, lexicon)?.join(' ');
      if (!read) return typed;
      changed = true;
      return read;
    });
  return changed ? words.join(' ') : undefined;
}

/** True when a query may hold such leftovers, so the lexicon is worth fetching. */
export function mayHaveLeftovers(query: string): boolean {
  return query
    .trim()
    .split(/\s+/)
    .some((w) => /^[a-zA-Z0-9]+$/.test(w) && (/[a-z]\d|\d[a-z]/i.test(w) || /[fjwz]|dd|aa|ee|oo|[aeiouy][a-z]*[sxr]$/i.test(w) || w.length >= 8));
}
