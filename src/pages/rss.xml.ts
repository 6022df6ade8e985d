import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { SITE } from '../config';
import { getArticles } from '../data/entries';
import { ui } from '../i18n/ui';
import { toExactDate } from '../schema/partialDate';
import { urls } from '../lib/urls';
import { escapeUTF8 } from 'entities/escape';

/** RSS 2.0 extensions: `dc:creator` names the author (`<author>` is for an e-mail address), `atom:link` the feed itself. */
const XMLNS = { dc: 'http://purl.org/dc/elements/1.1/', atom: 'http://www.w3.org/2005/Atom' };

export const GET: APIRoute = async ({ site }) => {
  const articles = await getArticles();
  const self = new URL(urls.rss, site ?? SITE.url).href;
  return rss({
    title: ui.feed.title(SITE.name),
    description: SITE.description,
    site: site ?? SITE.url,
    xmlns: XMLNS,
    customData:
      `<language>${SITE.lang}</language>` +
      `<atom:link href="${escapeUTF8(self)}" rel="self" type="application/rss+xml"/>` +
      // The feed is rebuilt with the site; readers use this to tell a fresh copy.
      `<lastBuildDate>${new Date().toUTCString()}</lastBuildDate>`,
    items: articles.map((a) => {
      // A date known only to its year or month has no pubDate: never a made-up day.
      const pubDate = toExactDate(a.data.publishDate);
      return {
        title: a.data.title,
        description: a.data.description,
        link: urls.article(a.id),
        customData: `<dc:creator>${escapeUTF8(`${a.data.author} (${a.data.authorUnit})`)}</dc:creator>`,
        categories: a.data.tags,
        ...(pubDate ? { pubDate } : {}),
      };
    }),
  });
};
