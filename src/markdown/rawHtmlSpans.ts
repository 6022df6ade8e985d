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

/** Raw siblings looked through for a closing tag: enough for any real article, and it keeps
 * a body of thousands of unclosed tags from costing thousands squared. */
const MAX_RAW_SIBLINGS_IN_SPAN = 200;

export interface TagStep {
  open: boolean;
  name: string;
}

/** The start and end tags in `html` that count for pairing (void and optional-end ones do not). */
export function tagSteps(html: string, allowedTags: ReadonlySet<string>): TagStep[] {
  return rawHtmlTokens(html)
    .filter((t) => t.kind !== 'comment' && isKeptMarkup(t, allowedTags) && !VOID.has(t.name) && !OPTIONAL_END.has(t.name))
    .map((t) => ({ open: t.kind === 'start', name: t.name }));
}

/** Updates `open`, the elements still open, with the tags of one raw node (a rough count, enough to pair spans). */
export function apply(open: string[], steps: readonly TagStep[]): void {
  for (const { open: opens, name } of steps) {
    if (opens) open.push(name);
    else {
      const at = open.lastIndexOf(name);
      if (at !== -1) open.length = at;
    }
  }
}

interface Child {
  type: string;
  value?: string;
}

/** Inclusive index ranges of `children` to parse as one piece of HTML; every raw child is in exactly one. */
export function rawHtmlSpans(children: readonly Child[], allowedTags: ReadonlySet<string>): [number, number][] {
  const steps = children.map((child) => (child.type === 'raw' ? tagSteps(child.value ?? '', allowedTags) : undefined));
  const spans: [number, number][] = [];
  for (let i = 0; i < children.length; i += 1) {
    const first = steps[i];
    if (!first) continue;
    const open: string[] = [];
    apply(open, first);
    let end = i;
    let looked = 0;
    for (let j = i + 1; open.length > 0 && j < children.length && looked < MAX_RAW_SIBLINGS_IN_SPAN; j += 1) {
      const next = steps[j];
      if (!next) continue;
      looked += 1;
      apply(open, next);
      if (open.length === 0) end = j;
    }
    spans.push([i, end]);
    i = end;
  }
  return spans;
}
