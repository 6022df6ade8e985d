import { LOCAL_SITE_URL } from './lib/siteUrlProblem';

/** Site-wide settings in one typed object. */
export const SITE = {
  /**
   * Public origin, from SITE_URL: canonical URLs, share images, feeds and the sitemap. A build
   * without it stops (src/integrations/deploySettingsCheck.ts); `astro dev` uses the local address.
   */
  url: process.env.SITE_URL?.trim() || LOCAL_SITE_URL,
  /** Site name in the header, titles and feeds. */
  name: 'Toàn dân bảo vệ an ninh Tổ quốc',
  /** Who publishes, for the footer and JSON-LD Organization. */
  publisher: 'Công an tỉnh Tuyên Quang',
  /** Default description for pages that have none of their own. */
  description: 'Tin tức và các mô hình tự quản, mô hình liên kết bảo đảm an ninh, trật tự của phong trào Toàn dân bảo vệ an ninh Tổ quốc tỉnh Tuyên Quang.',
  /** Articles per page of the news list. */
  pageSize: 10,
  /** BCP 47 language of every page. */
  lang: 'vi',
  /** Open Graph locale. */
  locale: 'vi_VN',
} as const;
