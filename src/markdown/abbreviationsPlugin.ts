/**
 * A Sätteri HAST plugin that gives the first use of each glossary abbreviation in a Markdown
 * body its `<abbr title>` (src/lib/glossary/markAbbreviations.ts). It runs after the
 * sanitiser, which would otherwise have to allow `title` on every `<abbr>` an editor types.
 * The terms are handed in by astro.config.mjs (src/data/glossary.ts reads them), so the
 * Markdown pipeline reads no data of its own.
 */
import type { Root } from 'hast';
import { defineHastPlugin, type HastPluginEntry } from 'satteri';
import type { GlossaryTerm } from '../lib/glossary/glossary';
import { markAbbreviations } from '../lib/glossary/markAbbreviations';
import { plainTree } from './plainTree';

export function abbreviations(terms: readonly GlossaryTerm[]): HastPluginEntry {
  const plugin = defineHastPlugin({
    name: 'glossary-abbreviations',
    after(root, ctx) {
      const tree = plainTree(root as Root) as Root;
      markAbbreviations(tree, terms);
      ctx.replaceNode(root, tree);
    },
  });
  // Article and model bodies only: MDX pages are site code and say what they mean themselves.
  return (ctx) => (ctx.sourceFormat === 'markdown' && terms.length > 0 ? plugin : null);
}
