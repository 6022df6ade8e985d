/**
 * Gives every id in a Markdown body the `user-content-` prefix GitHub uses, so a heading
 * "Nội dung" or a raw `id="main"` can never take an id the page's own layout uses (the
 * skip link's `#noi-dung`, the search box). Headings get their slug here (the same
 * github-slugger Astro uses), links inside the body to those ids are rewritten to match,
 * and footnotes, which the engine already prefixes, are left as they are.
 */
import type { Element, Nodes, Root } from 'hast';
import GithubSlugger from 'github-slugger';

export const BODY_ID_PREFIX = 'user-content-';

const HEADING = /^h[1-6]$/;
const ID_LIST_PROPERTIES = ['ariaDescribedBy', 'ariaLabelledBy'] as const;

function elements(node: Nodes, out: Element[] = []): Element[] {
  if (node.type === 'element') out.push(node);
  if ('children' in node) for (const child of node.children) elements(child, out);
  return out;
}

function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map(textOf).join('') : '';
}

const prefixed = (id: string) => (id.startsWith(BODY_ID_PREFIX) ? id : BODY_ID_PREFIX + id);

function decoded(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

export function prefixBodyIds(tree: Root): void {
  const all = elements(tree);
  const slugger = new GithubSlugger();
  const ids = new Set<string>();
  for (const element of all) {
    const { properties } = element;
    if (HEADING.test(element.tagName) && typeof properties.id !== 'string') properties.id = slugger.slug(textOf(element));
    for (const key of ['id', 'name'] as const) {
      const value = properties[key];
      if (typeof value !== 'string' || value === '') continue;
      ids.add(value);
      properties[key] = prefixed(value);
    }
  }
  for (const { properties } of all) {
    const href = properties.href;
    if (typeof href === 'string' && href.startsWith('#') && ids.has(decoded(href.slice(1)))) properties.href = `#${prefixed(href.slice(1))}`;
    for (const key of ID_LIST_PROPERTIES) {
      const list = properties[key];
      if (Array.isArray(list)) properties[key] = list.map((id) => (ids.has(String(id)) ? prefixed(String(id)) : id));
    }
  }
}
