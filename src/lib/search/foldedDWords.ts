import { foldVietnamese } from '../foldVietnamese';

/**
 * The words of `text` that contain `đ`, folded to plain ASCII ("Đội Tràng Đà" → ["doi", "da"]),
 * each once, in order of first appearance.
 *
 * The index carries these as a hidden metadata field so that a `d` typed for `đ` still finds
 * the page however many such words a query has. Pagefind searches metadata but never shows it
 * in excerpts, and the search page never renders this field.
 */
export function foldedDWords(text: string): string[] {
  const words = text.normalize('NFC').match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
  const folded = words.filter((w) => /[đĐ]/.test(w)).map(foldVietnamese);
  return [...new Set(folded)];
}
