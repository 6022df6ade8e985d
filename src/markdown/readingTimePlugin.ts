/**
 * Counts reading time while the Markdown engine renders a body, and hands it to the
 * page as `remarkPluginFrontmatter.minutesRead`, so entries need not keep their raw
 * body in memory (`retainBody: false`) just to count its words.
 */
import { defineHastPlugin } from 'satteri';
import { readingMinutes } from '../lib/readingTime';

export const readingTime = defineHastPlugin({
  name: 'reading-time',
  after(root, ctx) {
    const astro = ctx.data.astro as { frontmatter?: Record<string, unknown> } | undefined;
    if (astro?.frontmatter) astro.frontmatter.minutesRead = readingMinutes(ctx.textContent(root));
  },
});
