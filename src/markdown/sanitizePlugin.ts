/**
 * A Sätteri (Astro 7's Markdown engine) HAST plugin that sanitises every Markdown
 * body after it is parsed. Astro 7 does not run rehype plugins on Markdown, so a
 * rehype-sanitize entry in the config would silently do nothing; this runs in the
 * engine that really renders the pages. Raw HTML must be parsed into elements
 * (`features.rawHtml`) so it can be checked; any raw node left over is dropped.
 */
import type { Nodes, Root } from 'hast';
import { sanitize } from 'hast-util-sanitize';
import { defineHastPlugin, type HastPluginEntry } from 'satteri';
import { sanitizeSchema } from './sanitizeSchema';

/** A plain copy of the engine's lazily materialised tree, which the sanitiser can walk and rebuild. */
function plain(node: Nodes): Nodes {
  const copy: Record<string, unknown> = { type: node.type };
  if ('tagName' in node) copy.tagName = node.tagName;
  if ('properties' in node) copy.properties = { ...node.properties };
  if ('value' in node) copy.value = node.value;
  if ('children' in node) copy.children = node.children.map((child) => plain(child));
  return copy as unknown as Nodes;
}

const sanitizePlugin = defineHastPlugin({
  name: 'sanitize-markdown',
  after(root, ctx) {
    const clean = sanitize(plain(root as Root), sanitizeSchema) as Root;
    ctx.replaceNode(root, clean);
  },
});

/**
 * Only Markdown is sanitised: it is what editors write in the CMS. MDX pages are
 * site code in src/pages (the CMS cannot edit them) and render the site's components.
 */
export const sanitizeMarkdown: HastPluginEntry = (ctx) => (ctx.sourceFormat === 'markdown' ? sanitizePlugin : null);
