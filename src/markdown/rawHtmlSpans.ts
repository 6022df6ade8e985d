/**
 * Decides which neighbouring nodes each piece of raw HTML is parsed together with, so that a
 * tag left open can never reach past its own block. A raw node is parsed on its own unless
 * it opens elements that a later raw sibling closes: then everything between them is one
 * span (`<details>` … Markdown paragraphs … `</details>`, `<b>` … text … `</b>`). An element
 * nothing closes is closed where its own raw node ends: an unclosed `<details>` or `<b>`
 * folds or bolds nothing after it.
 */
import { isKeptMarkup } from './rawHtmlAsText';
import { rawHtmlTokens } from '../lib/rawHtmlTokens';

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** End tags HTML lets an author leave out; the parser closes these itself. */
const OPTIONAL_END = new Set(['p', 'li', 'dt', 'dd', 'rt', 'rp', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'option', 'optgroup', 'colgroup']);

/** The elements still open after `html`, given those open before it (a rough tag count, enough to pair spans). */
function openAfter(open: readonly string[], html: string, allowedTags: ReadonlySet<string>): string[] {
  const next = [...open];
  for (const token of rawHtmlTokens(html)) {
    if (token.kind === 'comment' || !isKeptMarkup(token, allowedTags) || VOID.has(token.name) || OPTIONAL_END.has(token.name)) continue;
    if (token.kind === 'start') next.push(token.name);
    else {
      const at = next.lastIndexOf(token.name);
      if (at !== -1) next.length = at;
    }
  }
  return next;
}

interface Child {
  type: string;
  value?: string;
}

/** Inclusive index ranges of `children` to parse as one piece of HTML; every raw child is in exactly one. */
export function rawHtmlSpans(children: readonly Child[], allowedTags: ReadonlySet<string>): [number, number][] {
  const spans: [number, number][] = [];
  for (let i = 0; i < children.length; i += 1) {
    if (children[i]?.type !== 'raw') continue;
    let open = openAfter([], children[i]?.value ?? '', allowedTags);
    let end = i;
    for (let j = i + 1; open.length > 0 && j < children.length; j += 1) {
      if (children[j]?.type !== 'raw') continue;
      open = openAfter(open, children[j]?.value ?? '', allowedTags);
      if (open.length === 0) end = j;
    }
    spans.push([i, end]);
    i = end;
  }
  return spans;
}
