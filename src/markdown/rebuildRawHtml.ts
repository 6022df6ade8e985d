/**
 * Turns the raw HTML left in a Markdown body's tree into elements, one span at a time (see
 * rawHtmlSpans.ts): the span's HTML, with disallowed markup made text (rawHtmlAsText.ts),
 * is parsed on its own by a real HTML parser, so whatever it leaves open is closed at the
 * span's end and nothing after it changes. The engine's own `rawHtml` option reparses the
 * whole body at once instead, which let one unclosed tag swallow the rest of an article.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { rawHtmlAsText } from './rawHtmlAsText';
import { rawHtmlSpans } from './rawHtmlSpans';

export function rebuildRawHtml(parent: Root | Element, allowedTags: ReadonlySet<string>): void {
  for (const child of parent.children) if (child.type === 'element') rebuildRawHtml(child, allowedTags);
  for (const [start, end] of rawHtmlSpans(parent.children, allowedTags).reverse()) {
    const html = parent.children
      .slice(start, end + 1)
      .map((child) => (child.type === 'raw' ? rawHtmlAsText(child.value, allowedTags) : toHtml(child)))
      .join('');
    const { children } = fromHtml(html, { fragment: true });
    parent.children.splice(start, end - start + 1, ...(children as Element['children']));
  }
}
