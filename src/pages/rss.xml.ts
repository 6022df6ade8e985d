import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { SITE } from '../config';
import { getArticles } from '../data/entries';
import { ui } from '../i18n/ui';
import { toExactDate } from '../schema/partialDate';
import { urls } from '../lib/urls';

export const GET: APIRoute = async ({ site }) => {
  const articles = await getArticles();
  return rss({
    title: ui.feed.title(SITE.name),
    description: SITE.description,
    site: site ?? SITE.url,
    customData: `<language>${SITE.lang}</language>`,
    items: articles.map((a) => {
      // A date known only to its year or month has no pubDate: never a made-up day.
      const pubDate = toExactDate(a.data.publishDate);
      return {
        title: a.data.title,
        description: a.data.description,
        link: urls.article(a.id),
        author: `${a.data.author} (${a.data.authorUnit})`,
        categories: a.data.tags,
        ...(pubDate ? { pubDate } : {}),
      };
    }),
  });
};
