/**
 * Wraps the first use of each glossary abbreviation in a Markdown body in
 * `<abbr title="full form">`, so a reader can learn what "ANTT" stands for where it first
 * appears. Later uses stay plain text (as style guides advise: expand once). Text inside
 * links, headings, code and existing `<abbr>` is left alone: an `<abbr>` there would
 * change a link's name, a heading's outline or code as typed.
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import type { GlossaryTerm } from './glossary';
import { HEADING_TAGS } from '../headingTags';

/** Elements whose text is never marked. */
const SKIP = new Set(['a', 'abbr', 'code', 'pre', 'kbd', 'samp', ...HEADING_TAGS, 'script', 'style', 'svg', 'math', 'button', 'select', 'textarea']);

/** A short form is matched whole and as written (upper case): "TT" never matches inside "ANTT" or "NN&PTNT". */
const EDGE = '[\\p{L}\\p{N}&]';
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One pattern for every term, the longest first, so "NN&PTNT" wins over "PTNT". */
function termPattern(terms: readonly GlossaryTerm[]): RegExp | undefined {
  if (terms.length === 0) return undefined;
  const alternatives = [...terms]
    .map((t) => t.short.normalize('NFC'))
    .sort((a, b) => b.length - a.length)
    .map(escape);
  return new RegExp(`(?<!${EDGE})(?:${alternatives.join('|')})(?!${EDGE})`, 'gu');
}

const abbr = (short: string, title: string): Element => ({
  type: 'element',
  tagName: 'abbr',
  properties: { title },
  children: [{ type: 'text', value: short }],
});

/** The pieces a text node becomes: text, an `<abbr>` for each first use, text… */
function splitText(node: Text, pattern: RegExp, titles: Map<string, string>, used: Set<string>): ElementContent[] | undefined {
  const pieces: ElementContent[] = [];
  let last = 0;
  for (const match of node.value.matchAll(pattern)) {
    const short = match[0];
    const title = titles.get(short);
    if (title === undefined || used.has(short)) continue;
    used.add(short);
    if (match.index > last) pieces.push({ type: 'text', value: node.value.slice(last, match.index) });
    pieces.push(abbr(short, title));
    last = match.index + short.length;
  }
  if (last === 0) return undefined;
  if (last < node.value.length) pieces.push({ type: 'text', value: node.value.slice(last) });
  return pieces;
}

function walk(node: Root | Element, pattern: RegExp, titles: Map<string, string>, used: Set<string>) {
  // Root children include a doctype, element children do not: one list type for both.
  const out: (Root['children'][number] | ElementContent)[] = [];
  for (const child of node.children as Root['children']) {
    if (child.type === 'text') {
      const pieces = splitText(child, pattern, titles, used);
      if (pieces) out.push(...pieces);
      else out.push(child);
      continue;
    }
    if (child.type === 'element' && !SKIP.has(child.tagName)) walk(child, pattern, titles, used);
    out.push(child);
  }
  node.children = out as typeof node.children;
}

/** Marks, in place, the first use of each term in the tree, in reading order. */
export function markAbbreviations(tree: Root, terms: readonly GlossaryTerm[]): void {
  const pattern = termPattern(terms);
  if (!pattern) return;
  const titles = new Map(terms.map((t) => [t.short.normalize('NFC'), t.expansion]));
  walk(tree, pattern, titles, new Set());
}
