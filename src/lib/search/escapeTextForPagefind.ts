/**
 * Pagefind builds its excerpts by escaping `<` and `>` in the page text but not `&`, so a
 * page that shows the text "&lt;b&gt;" gets the excerpt HTML `&lt;b&gt;`, which the search
 * page renders as "<b>". Handing Pagefind every `&` of the indexed text that could start a
 * character reference escaped once more makes its excerpt read exactly like the page (a
 * lone "&" before a space is already read as itself and is left alone). Titles, metadata
 * and filters are shown as text, not HTML, so they keep their text: the first heading's
 * real text goes in an explicit `title` metadata, and `data-pagefind-meta`/`-filter`
 * elements are left alone. Only the copy given to Pagefind changes, never the page.
 */
import type { Element, Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';

const REFERENCE_START = /&(?=[#a-zA-Z])/g;
const HAS_REFERENCE_START = /&[#a-zA-Z]/;

const has = (element: Element, property: string) => element.properties[property] !== undefined && element.properties[property] !== null;
const keepsText = (element: Element) =>
  ['script', 'style', 'template'].includes(element.tagName) || has(element, 'dataPagefindMeta') || has(element, 'dataPagefindFilter');

function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map(textOf).join('') : '';
}

function firstElement(node: Nodes, tagName: string): Element | undefined {
  if (node.type === 'element' && node.tagName === tagName) return node;
  if (!('children' in node)) return undefined;
  for (const child of node.children) {
    const found = firstElement(child, tagName);
    if (found) return found;
  }
  return undefined;
}

/** Escapes the texts inside `data-pagefind-body`; returns whether any changed. */
function escapeTexts(node: Nodes, inBody: boolean): boolean {
  if (node.type === 'text') {
    const escaped = inBody ? node.value.replace(REFERENCE_START, '&amp;') : node.value;
    const changed = escaped !== node.value;
    node.value = escaped;
    return changed;
  }
  if (node.type === 'element' && keepsText(node)) return false;
  const body = inBody || (node.type === 'element' && has(node, 'dataPagefindBody'));
  let changed = false;
  if ('children' in node) for (const child of node.children) changed = escapeTexts(child, body) || changed;
  return changed;
}

export function escapeTextForPagefind(html: string): string {
  if (!HAS_REFERENCE_START.test(html)) return html;
  const tree = fromHtml(html);
  const heading = firstElement(tree, 'h1');
  const title = heading ? textOf(heading).trim() : '';
  if (!escapeTexts(tree, false)) return html;
  const body = firstElement(tree, 'body');
  if (body && HAS_REFERENCE_START.test(title)) {
    body.children.push({
      type: 'element',
      tagName: 'span',
      properties: { dataPagefindMeta: 'title[data-title]', dataTitle: title, hidden: true },
      children: [],
    });
  }
  return toHtml(tree);
}
