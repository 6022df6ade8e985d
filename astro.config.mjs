// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/contentCheck';
import pagefind from './src/integrations/pagefind';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://antt.tuyenquang.example',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Articles are kept as their authors wrote them: no quote or dash rewriting.
  markdown: { processor: satteri({ features: { smartPunctuation: false } }) },
  integrations: [contentCheck(), mdx(), sitemap({ filter: (page) => !page.includes('/admin/') }), pagefind()],
});
