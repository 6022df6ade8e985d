/** Every public URL of the site in one place, so links and routes agree. */
import { slugify } from './slugify';

export const urls = {
  home: '/',
  news: (page = 1) => (page <= 1 ? '/tin-tuc/' : `/tin-tuc/${page}/`),
  article: (id: string) => `/bai-viet/${id}/`,
  models: '/mo-hinh/',
  model: (id: string) => `/mo-hinh/${id}/`,
  modelType: (type: string) => `/mo-hinh/loai/${type}/`,
  sector: (sector: string) => `/mo-hinh/linh-vuc/${sector}/`,
  localities: '/dia-ban/',
  locality: (id: string) => `/dia-ban/${id}/`,
  tags: '/chu-de/',
  tag: (tag: string) => `/chu-de/${slugify(tag)}/`,
  about: '/gioi-thieu/',
  search: '/tim-kiem/',
  rss: '/rss.xml',
} as const;
