// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { SITE } from './src/config';
import { contentCheck } from './src/integrations/contentCheck';
import { securityHeaders } from './src/integrations/securityHeaders';
import { sanitizeMarkdown } from './src/markdown/sanitizePlugin';
import pagefind from './src/integrations/pagefind';

export default defineConfig({
  site: SITE.url,
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    processor: satteri({
      // Articles are kept as their authors wrote them: no quote or dash rewriting.
      // Raw HTML is parsed into elements so the sanitiser can check every one of them.
      features: { smartPunctuation: false, rawHtml: true },
      hastPlugins: [sanitizeMarkdown],
    }),
  },
  integrations: [contentCheck(), mdx(), sitemap({ filter: (page) => !page.includes('/admin/') }), pagefind(), securityHeaders()],
});
