/** schema.org objects for JSON-LD: the publisher, breadcrumbs, news articles and model profiles. */
import { SITE } from '../config';

export interface Crumb {
  label: string;
  href?: string | undefined;
}

/** Who publishes the site: name from the site settings (falling back to `SITE.publisher`), logo when one is set. */
export interface Publisher {
  name: string;
  /** Absolute URL of the emblem. */
  logo?: string | undefined;
}

function publisherLd(p: Publisher, siteUrl: string) {
  return { '@type': 'Organization', name: p.name, url: siteUrl, ...(p.logo ? { logo: p.logo } : {}) };
}

export function organizationLd(siteUrl: string, publisher: Publisher = { name: SITE.publisher }) {
  return { '@context': 'https://schema.org', ...publisherLd(publisher, siteUrl) };
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
  publisher?: Publisher | undefined;
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
    publisher: publisherLd(a.publisher ?? { name: SITE.publisher }, siteUrl),
    inLanguage: SITE.lang,
    ...(a.image ? { image: [a.image] } : {}),
  };
}

export interface ModelLdInput {
  name: string;
  description: string;
  url: string;
  /** Đơn vị chủ trì. */
  host: string;
  partners: readonly string[];
  /** The place as a reader would name it ("xã Tràng Đà, tỉnh Tuyên Quang"). */
  place?: string | undefined;
  foundingYear?: number | undefined;
  image?: string | undefined;
  dateModified?: string | undefined;
}

/** A model profile: a community group keeping order, run by its host unit, in its place. */
export function modelLd(m: ModelLdInput) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    name: m.name,
    description: m.description,
    url: m.url,
    mainEntityOfPage: m.url,
    parentOrganization: { '@type': 'Organization', name: m.host },
    ...(m.partners.length > 0 ? { member: m.partners.map((name) => ({ '@type': 'Organization', name })) } : {}),
    ...(m.place ? { areaServed: { '@type': 'Place', name: m.place } } : {}),
    ...(m.foundingYear ? { foundingDate: String(m.foundingYear) } : {}),
    ...(m.image ? { image: [m.image] } : {}),
    inLanguage: SITE.lang,
  };
}
