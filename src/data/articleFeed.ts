/**
 * An RSS 2.0 feed of articles: the site's news feed and each section's. Authors go in
 * `dc:creator` (`<author>` is for an e-mail address); `atom:link rel="self"` names the feed.
 */
import rss from '@astrojs/rss';
import { escapeUTF8 } from 'entities/escape';
import { SITE } from '../config';
import { urls } from '../lib/urls';
import { toExactDate } from '../schema/partialDate';
import type { Article } from './entries';

const XMLNS = { dc: 'http://purl.org/dc/elements/1.1/', atom: 'http://www.w3.org/2005/Atom' };

export interface FeedOptions {
  title: string;
  description: string;
  site: URL | string;
  /** Path of the feed itself, e.g. `/rss.xml`. */
  selfPath: string;
}

export function articleFeed(articles: readonly Article[], { title, description, site, selfPath }: FeedOptions): Promise<Response> {
  const self = new URL(selfPath, site).href;
  return rss({
    title,
    description,
    site,
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
}
