/** schema.org objects for JSON-LD: the publisher, breadcrumbs and news articles. */
import { SITE } from '../config';

export interface Crumb {
  label: string;
  href?: string | undefined;
}

export function organizationLd(siteUrl: string) {
  return { '@context': 'https://schema.org', '@type': 'Organization', name: SITE.publisher, url: siteUrl };
}

export function breadcrumbLd(crumbs: readonly Crumb[], siteUrl: string) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((c, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: c.label,
      ...(c.href ? { item: new URL(c.href, siteUrl).href } : {}),
    })),
  };
}

export interface NewsArticleInput {
  title: string;
  description: string;
  url: string;
  datePublished: string;
  dateModified?: string | undefined;
  author: string;
  authorUnit: string;
  image?: string | undefined;
}

export function newsArticleLd(a: NewsArticleInput, siteUrl: string) {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: a.title,
    description: a.description,
    mainEntityOfPage: a.url,
    datePublished: a.datePublished,
    ...(a.dateModified ? { dateModified: a.dateModified } : {}),
    author: { '@type': 'Person', name: a.author, affiliation: { '@type': 'Organization', name: a.authorUnit } },
    publisher: { '@type': 'Organization', name: SITE.publisher, url: siteUrl },
    inLanguage: SITE.lang,
    ...(a.image ? { image: [a.image] } : {}),
  };
}
