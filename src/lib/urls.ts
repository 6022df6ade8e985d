/** Every public URL of the site in one place, so links and routes agree. */
import { collectionNamed, type PagedName } from '../schema/collections';
import { slugify } from './slugify';

/** The page of a collection's entry, under the URL base the registry gives it. */
export const entryUrl = (collection: PagedName, id: string) => `/${collectionNamed(collection).urlBase}/${id}/`;

const models = `/${collectionNamed('models').urlBase}/`;

export const urls = {
  home: '/',
  news: (page = 1) => (page <= 1 ? '/tin-tuc/' : `/tin-tuc/${page}/`),
  article: (id: string) => entryUrl('articles', id),
  models,
  model: (id: string) => entryUrl('models', id),
  modelType: (type: string) => `${models}loai/${type}/`,
  sector: (sector: string) => `${models}linh-vuc/${sector}/`,
  localities: `/${collectionNamed('localities').urlBase}/`,
  locality: (id: string) => entryUrl('localities', id),
  sections: `/${collectionNamed('sections').urlBase}/`,
  section: (id: string) => entryUrl('sections', id),
  sectionFeed: (id: string) => `${entryUrl('sections', id)}rss.xml`,
  tags: '/chu-de/',
  tag: (tag: string) => `/chu-de/${slugify(tag)}/`,
  about: '/gioi-thieu/',
  contact: '/lien-he/',
  statistics: '/thong-ke/',
  glossary: '/thuat-ngu/',
  share: '/chia-se/',
  search: '/tim-kiem/',
  rss: '/rss.xml',
} as const;
