import type { APIRoute, GetStaticPaths } from 'astro';
import { SITE } from '~/config';
import { articleFeed } from '~/data/articleFeed';
import { getArticlesBySection, getSections } from '~/data/entries';
import { ui } from '~/i18n/ui';
import { urls } from '~/lib/urls';

export const getStaticPaths = (async () => (await getSections()).map((s) => ({ params: { id: s.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const id = params.id!;
  const section = (await getSections()).find((s) => s.id === id)!;
  const articles = (await getArticlesBySection()).get(id) ?? [];
  return articleFeed(articles, {
    title: ui.feed.sectionTitle(section.data.name, SITE.name),
    description: section.data.description,
    site: site ?? SITE.url,
    selfPath: urls.sectionFeed(id),
  });
};
