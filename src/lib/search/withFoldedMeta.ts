import { exactTokensOf } from './exactTokens';
import { foldedDWords } from './foldedDWords';
import { indexedText } from './indexedText';

/** Name of the hidden metadata field holding a page's `đ`-words folded to `d`; never rendered. */
export const FOLDED_META_KEY = 'd_fold';
/** Name of the hidden metadata field holding the page's marked words and pairs (exactTokens.ts); never rendered. */
export const EXACT_META_KEY = 'v_exact';

/**
 * The page's HTML as Pagefind should index it: unchanged, plus empty elements carrying, as
 * metadata, the folded `đ`-words of its indexed text (see foldedDWords.ts) and the tokens
 * that keep its marks (exactTokens.ts). Pagefind reads and searches metadata anywhere in
 * the document but never shows it in excerpts; the file on disk is not touched, only the
 * copy indexed.
 */
export function withFoldedMeta(html: string): string {
  const text = indexedText(html);
  const words = foldedDWords(text);
  const tokens = exactTokensOf(text);
  let tags = '';
  if (words.length > 0) tags += `<span data-pagefind-meta="${FOLDED_META_KEY}:${words.join(' ')}" hidden></span>`;
  if (tokens.length > 0) tags += `<span data-pagefind-meta="${EXACT_META_KEY}:${tokens.join(' ')}" hidden></span>`;
  if (!tags) return html;
  const close = html.lastIndexOf('</body>');
  return close === -1 ? html + tags : html.slice(0, close) + tags + html.slice(close);
}
