// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { defineConfig, sharpImageService } from 'astro/config';
import { SITE } from './src/config';
import { contentCheck } from './src/integrations/contentCheck';
import { deploySettingsCheck } from './src/integrations/deploySettingsCheck';
import { IMAGE_LIMITS } from './src/lib/contentCheck/checkImage';
import { securityHeaders } from './src/integrations/securityHeaders';
import { shareImages } from './src/integrations/shareImages';
import { GLOSSARY } from './src/data/glossary';
import { abbreviations } from './src/markdown/abbreviationsPlugin';
import { readingTime } from './src/markdown/readingTimePlugin';
import { sanitizeMarkdown } from './src/markdown/sanitizePlugin';
import searchIndex from './src/integrations/searchIndex';

export default defineConfig({
  site: SITE.url,
  trailingSlash: 'always',
  // CSS is ~2 kB gzipped: inlined, it saves a render-blocking round trip on slow mobile networks.
  // Pages render a few at a time: while one waits on a file write or a share image being drawn
  // (sharp works on other cores), the next renders.
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 4 },
  // The CSP forbids inline scripts ("script-src 'self'"): a small page script (the share page's)
  // must stay a file instead of being inlined; other assets keep Vite's default.
  vite: { build: { assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined) } },
  image: {
    service: sharpImageService({
      // AVIF at sharp's default effort (4) was ~85 % of image time in the benchmark; effort 2 is
      // about twice as fast for files within a few per cent of the size.
      avif: { effort: 2 },
      // The same cap as the content check: a decompression bomb is refused before decoding.
      limitInputPixels: IMAGE_LIMITS.maxPixels,
    }),
  },
  markdown: {
    processor: satteri({
      features: {
        // Articles are kept as their authors wrote them: no quote or dash rewriting.
        smartPunctuation: false,
        // Raw HTML stays raw here: the sanitiser parses it block by block (src/markdown/rebuildRawHtml.ts),
        // so one unclosed tag cannot reach the rest of the article as the engine's own reparse would.
        rawHtml: false,
        gfm: { footnotes: { label: 'Chú thích', backLabel: 'Quay lại chỗ dẫn chú thích {reference}' } },
      },
      // The sanitiser first: what follows works on a safe tree.
      hastPlugins: [sanitizeMarkdown, abbreviations(GLOSSARY), readingTime],
    }),
  },
  integrations: [
    contentCheck(),
    deploySettingsCheck(),
    mdx(),
    sitemap({ filter: (page) => !page.includes('/admin/') && !page.includes('/chia-se/') }),
    searchIndex(),
    securityHeaders(),
    shareImages(),
  ],
});
