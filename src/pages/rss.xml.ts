import type { APIRoute } from 'astro';
import { SITE } from '../config';
import { articleFeed } from '../data/articleFeed';
import { getArticles } from '../data/entries';
import { ui } from '../i18n/ui';
import { urls } from '../lib/urls';

export const GET: APIRoute = async ({ site }) =>
  articleFeed(await getArticles(), { title: ui.feed.title(SITE.name), description: SITE.description, site: site ?? SITE.url, selfPath: urls.rss });
