/**
 * A Sätteri (Astro 7's Markdown engine) HAST plugin that makes every Markdown body safe and
 * keeps every word of it. Astro 7 does not run rehype plugins on Markdown, so a
 * rehype-sanitize entry in the config would silently do nothing; this runs in the engine
 * that really renders the pages. In order:
 * 1. raw HTML becomes elements, span by span, with markup outside the allow-list shown as
 *    the text the editor typed and anything left open closed in place (rebuildRawHtml.ts);
 * 2. the allow-list sanitiser removes attributes and URLs that could run script;
 * 3. body ids get the `user-content-` prefix (bodyIds.ts);
 * 4. photos in raw `<img>` tags are handed to Astro's image pipeline like Markdown ones, and
 *    every photo beside the entry becomes a responsive <picture>, like covers (markBodyPhotos.ts);
 * 5. the first use of each glossary abbreviation gets `<abbr title>` (markAbbreviations.ts),
 *    after the sanitiser, which would otherwise have to allow `title` on every `<abbr>`.
 */
import type { Nodes, Root } from 'hast';
import { sanitize } from 'hast-util-sanitize';
import { defineHastPlugin, type HastPluginEntry } from 'satteri';
import { GLOSSARY } from '../data/glossary';
import { markAbbreviations } from '../lib/glossary/markAbbreviations';
import { prefixBodyIds } from './bodyIds';
import { rebuildRawHtml } from './rebuildRawHtml';
import { markBodyPhotos } from './markBodyPhotos';
import { registerLocalImages } from './registerLocalImages';
import { ALLOWED_TAGS, sanitizeSchema } from './sanitizeSchema';

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
    const tree = plain(root as Root) as Root;
    rebuildRawHtml(tree, ALLOWED_TAGS);
    const clean = sanitize(tree, sanitizeSchema) as Root;
    prefixBodyIds(clean);
    registerLocalImages(clean, ctx.data);
    markBodyPhotos(clean);
    markAbbreviations(clean, GLOSSARY);
    ctx.replaceNode(root, clean);
  },
});

/**
 * Only Markdown is sanitised: it is what editors write in the CMS. MDX pages are
 * site code in src/pages (the CMS cannot edit them) and render the site's components.
 */
export const sanitizeMarkdown: HastPluginEntry = (ctx) => (ctx.sourceFormat === 'markdown' ? sanitizePlugin : null);
