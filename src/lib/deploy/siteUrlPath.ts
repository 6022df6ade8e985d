/**
 * The site is built for the root of its domain: every link, asset, feed, sitemap, search and
 * admin path starts at `/`. A SITE_URL with a path (GitHub Pages without a custom domain serves
 * `https://<owner>.github.io/<repo>/`) would give a site whose every link is broken, so a
 * production build refuses it and says how to serve the site at a domain's root.
 */

/** The Vietnamese problem with this SITE_URL's path, or undefined when it is a domain's root (or not a URL). */
export function siteUrlPathProblem(siteUrl: string): string | undefined {
  let url: URL;
  try {
    url = new URL(siteUrl);
  } catch {
    return undefined; // a malformed SITE_URL is the SITE_URL check's to report
  }
  if (url.pathname === '/' || url.pathname === '') return undefined;
  const pages = url.hostname.endsWith('.github.io');
  return (
    `SITE_URL="${siteUrl}" có đường dẫn "${url.pathname}": trang chỉ được dựng để phục vụ ở gốc một tên miền ` +
    `(mọi liên kết, ảnh, RSS, sơ đồ trang, tìm kiếm và /admin bắt đầu bằng "/"), nên dưới "${url.pathname}" mọi liên kết sẽ hỏng. ` +
    (pages
      ? 'GitHub Pages chỉ đặt trang dưới /<tên-kho>/ khi kho chưa có tên miền riêng: gắn một tên miền (Settings → Pages → Custom domain, ' +
        'thêm bản ghi CNAME trỏ tới <chủ-sở-hữu>.github.io) rồi đặt SITE_URL=https://<tên-miền>/; hoặc đặt tên kho là <chủ-sở-hữu>.github.io để trang nằm ở gốc.'
      : `Phục vụ trang ở gốc một tên miền (hoặc tên miền con, ví dụ https://antt.example.vn/) rồi đặt SITE_URL=${url.origin}/ hoặc địa chỉ đó.`)
  );
}
