/**
 * The text Pagefind indexes from a built page, read the way a browser reads it (parse5,
 * through hast-util-from-html): the inside of every `data-pagefind-body` element minus
 * `data-pagefind-ignore`d parts, scripts, styles and templates, plus the text of
 * `data-pagefind-meta` elements (metadata is searched too, even inside ignored parts).
 * Character references are decoded once, as on screen: `&lt;i&gt;` is the text "<i>" and
 * `&amp;lt;` is "&lt;". Inline elements do not split words (`<b>Đ</b>ội` is "Đội");
 * block elements and line breaks do.
 */
import type { Element, Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { HEADING_TAGS } from '../headingTags';

const SKIPPED = new Set(['script', 'style', 'template', 'noscript']);
/** Elements that start a new line on screen, so their text never runs into the next word. */
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'caption',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  ...HEADING_TAGS,
  'header',
  'hgroup',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

export const has = (element: Element, property: string) => element.properties[property] !== undefined && element.properties[property] !== null;

export function textOf(node: Nodes, skip: (element: Element) => boolean = () => false): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element' && node.type !== 'root') return '';
  if (node.type === 'element' && (SKIPPED.has(node.tagName) || skip(node))) return ' ';
  const inner = node.children.map((child) => textOf(child, skip)).join('');
  return node.type === 'element' && BLOCK.has(node.tagName) ? ` ${inner} ` : inner;
}

export const tidy = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Elements under `node` (itself included) for which `match` holds, not looking inside a match. */
export function outermost(node: Nodes, match: (element: Element) => boolean, out: Element[] = []): Element[] {
  if (node.type === 'element' && match(node)) out.push(node);
  else if ('children' in node) for (const child of node.children) outermost(child, match, out);
  return out;
}

export function all(node: Nodes, match: (element: Element) => boolean, out: Element[] = []): Element[] {
  if (node.type === 'element' && match(node)) out.push(node);
  if ('children' in node) for (const child of node.children) all(child, match, out);
  return out;
}

/** Inline values (`key:value`) and element text of every `data-pagefind-meta` under `body`. */
export function metaTexts(body: Element): string[] {
  return all(body, (e) => has(e, 'dataPagefindMeta')).map((element) => {
    const inline = /^[^,[\]:]+:([\s\S]*)$/.exec(String(element.properties.dataPagefindMeta));
    return inline ? (inline[1] ?? '') : tidy(textOf(element));
  });
}

export function indexedText(html: string): string {
  const parts: string[] = [];
  for (const body of outermost(fromHtml(html), (e) => has(e, 'dataPagefindBody'))) {
    parts.push(...metaTexts(body));
    parts.push(tidy(textOf(body, (e) => has(e, 'dataPagefindIgnore'))));
  }
  return parts.filter(Boolean).join(' ');
}
