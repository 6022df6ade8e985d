import { aliasForms, type Alias } from './aliases';
import { exactTokensOf } from './exactTokens';
import { foldedDWords } from './foldedDWords';
import { indexedText } from './indexedText';

/** Name of the hidden metadata field holding a page's `đ`-words folded to `d`; never rendered. */
export const FOLDED_META_KEY = 'd_fold';
/** Name of the hidden metadata field holding the page's marked words and pairs (exactTokens.ts); never rendered. */
export const EXACT_META_KEY = 'v_exact';
/** Name of the hidden metadata field holding the other forms of the abbreviations the page uses (aliases.ts); never rendered. */
export const ALIAS_META_KEY = 'alias';

/** The fields only searched, never read by the search page (stripped from fragments, see stripHiddenMeta.ts). */
export const HIDDEN_META_KEYS = [ALIAS_META_KEY, FOLDED_META_KEY, EXACT_META_KEY] as const;

const attribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The page's HTML as Pagefind should index it: unchanged, plus empty elements carrying, as
 * metadata, the other forms of its abbreviations (aliases.ts), the folded `đ`-words of its
 * text (foldedDWords.ts) and the tokens that keep its marks (exactTokens.ts), both over
 * the text and those forms. Pagefind reads and searches metadata anywhere in the document
 * but never shows it in excerpts; the file on disk is not touched, only the copy indexed.
 */
export function withHiddenSearchMeta(html: string, aliases: readonly Alias[] = []): string {
  return searchableCopy(html, aliases).html;
}

/** The copy to index (see withHiddenSearchMeta) and its searchable text: page text and alias forms. */
export function searchableCopy(html: string, aliases: readonly Alias[] = []): { html: string; searchable: string } {
  const text = indexedText(html);
  const forms = aliasForms(text, aliases);
  // Each form its own run, so no pair token joins words that are not neighbours.
  const searchable = [text, ...forms].join(' . ');
  const fields: [key: string, value: string][] = [
    [ALIAS_META_KEY, forms.join(' · ')],
    [FOLDED_META_KEY, foldedDWords(searchable).join(' ')],
    [EXACT_META_KEY, exactTokensOf(searchable).join(' ')],
  ];
  const tags = fields
    .filter(([, value]) => value !== '')
    .map(([key, value]) => `<span data-pagefind-meta="${key}:${attribute(value)}" hidden></span>`)
    .join('');
  if (!tags) return { html, searchable };
  const close = html.lastIndexOf('</body>');
  return { html: close === -1 ? html + tags : html.slice(0, close) + tags + html.slice(close), searchable };
}
