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
 *    every photo beside the entry becomes a responsive <picture>, like covers (markBodyPhotos.ts).
 */
import type { Root } from 'hast';
import { sanitize } from 'hast-util-sanitize';
import { defineHastPlugin, type HastPluginEntry } from 'satteri';
import { prefixBodyIds } from './bodyIds';
import { plainTree } from './plainTree';
import { rebuildRawHtml } from './rebuildRawHtml';
import { markBodyPhotos } from './markBodyPhotos';
import { registerLocalImages } from './registerLocalImages';
import { ALLOWED_TAGS, sanitizeSchema } from './sanitizeSchema';

const sanitizePlugin = defineHastPlugin({
  name: 'sanitize-markdown',
  after(root, ctx) {
    const tree = plainTree(root as Root) as Root;
    rebuildRawHtml(tree, ALLOWED_TAGS);
    const clean = sanitize(tree, sanitizeSchema) as Root;
    prefixBodyIds(clean);
    registerLocalImages(clean, ctx.data);
    markBodyPhotos(clean);
    ctx.replaceNode(root, clean);
  },
});

/**
 * Only Markdown is sanitised: it is what editors write in the CMS. MDX pages are
 * site code in src/pages (the CMS cannot edit them) and render the site's components.
 */
export const sanitizeMarkdown: HastPluginEntry = (ctx) => (ctx.sourceFormat === 'markdown' ? sanitizePlugin : null);
