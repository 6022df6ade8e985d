/**
 * `đ` is a letter of its own for Pagefind: it folds tone and vowel marks ("Đội" → "đoi") but
 * keeps `đ`, so "doi" never reached "Đội" and the search page ran every d/đ spelling of a
 * query (each fetching index chunks of its own). In the copy given to Pagefind, each `đ` of
 * the indexed text is written as `d` plus a combining horn (U+031B), which Pagefind strips
 * like any mark: "Đội" is indexed as "doi", where a plain "doi" finds it, at its place in the
 * text, so excerpts still highlight it. The fragments Pagefind writes are given their `đ`
 * back (restoreD), so no excerpt or title shows the stand-in. Filter and metadata elements are
 * left alone: their values are shown and matched as written.
 */
import type { Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';

const HORN = '\u031B';
const SKIPPED = new Set(['script', 'style', 'template']);

function mark(node: Nodes): void {
  if (node.type === 'text') {
    node.value = node.value.replace(/đ/g, `d${HORN}`).replace(/Đ/g, `D${HORN}`);
    return;
  }
  if (node.type === 'element') {
    const p = node.properties;
    if (SKIPPED.has(node.tagName) || p.dataPagefindMeta != null || p.dataPagefindFilter != null || p.dataPagefindSort != null) return;
  }
  if ('children' in node) for (const child of node.children) mark(child);
}

/** The page with each `đ`/`Đ` of its text written as `d`/`D` + U+031B, for Pagefind only. */
export function markDForIndex(html: string): string {
  if (!/[đĐ]/.test(html)) return html;
  const tree = fromHtml(html);
  mark(tree);
  return toHtml(tree);
}

/** Text Pagefind stored (excerpt text, titles) with its `đ` back. */
export function restoreD(text: string): string {
  return text.replace(new RegExp(`d${HORN}`, 'g'), 'đ').replace(new RegExp(`D${HORN}`, 'g'), 'Đ');
}

/** A query as the index spells it: `đ` as `d` (Pagefind folds the other marks itself). */
export function withDForIndex(query: string): string {
  return query.replace(/đ/g, 'd').replace(/Đ/g, 'D');
}
