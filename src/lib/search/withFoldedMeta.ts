import { foldedDWords } from './foldedDWords';
import { indexedText } from './indexedText';

/** Name of the hidden metadata field holding a page's `đ`-words folded to `d`; never rendered. */
export const FOLDED_META_KEY = 'd_fold';

/**
 * The page's HTML as Pagefind should index it: unchanged, plus an empty element carrying the
 * folded `đ`-words of its indexed text as metadata (see foldedDWords.ts). Pagefind reads
 * metadata anywhere in the document; the file on disk is not touched, only the copy indexed.
 */
export function withFoldedMeta(html: string): string {
  const words = foldedDWords(indexedText(html));
  if (words.length === 0) return html;
  const tag = `<span data-pagefind-meta="${FOLDED_META_KEY}:${words.join(' ')}" hidden></span>`;
  const close = html.lastIndexOf('</body>');
  return close === -1 ? html + tag : html.slice(0, close) + tag + html.slice(close);
}
