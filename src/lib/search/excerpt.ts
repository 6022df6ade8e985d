/**
 * A result's excerpt, made in the browser from the page's text: about `length` words around
 * the first place where the query's syllables stand side by side (else the first one
 * found), the text escaped and each word matching a query syllable (folded, so "doi"
 * highlights "Đội") wrapped in `<mark>`.
 */
import { folded } from './searchTokens';

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

export function excerptHtml(text: string, words: readonly string[], length = 24): string {
  const wanted = new Set(words);
  const found = [...text.normalize('NFC').matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length, hit: wanted.has(folded(m[0])) }));
  if (found.length === 0) return '';
  let at = found.findIndex((w, i) => w.hit && found[i + 1]?.hit);
  if (at < 0)
    at = Math.max(
      0,
      found.findIndex((w) => w.hit),
    );
  const first = Math.max(0, Math.min(at - Math.floor(length / 4), found.length - length));
  const shown = found.slice(first, first + length);
  const nfc = text.normalize('NFC');
  let html = first > 0 ? '… ' : '';
  let cursor = shown[0]!.start;
  for (const word of shown) {
    html += escapeHtml(nfc.slice(cursor, word.start));
    const piece = escapeHtml(nfc.slice(word.start, word.end));
    html += word.hit ? `<mark>${piece}</mark>` : piece;
    cursor = word.end;
  }
  const last = shown.at(-1)!;
  const rest = first + length < found.length;
  return html + (rest ? ' …' : escapeHtml(nfc.slice(last.end)));
}
