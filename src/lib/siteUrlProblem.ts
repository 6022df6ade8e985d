/**
 * The public address a production build needs: canonical URLs, share images, the feed and
 * the sitemap are all absolute. Without SITE_URL they used to point silently at an example
 * domain; now a build stops and says what to set. `astro dev` keeps a local default.
 */

/** Where `astro dev` and `astro preview` serve the site. */
export const LOCAL_SITE_URL = 'http://localhost:4321';

/** What is wrong with SITE_URL for this Astro command, in Vietnamese, or undefined when it is fine. */
export function siteUrlProblem(command: string, value: string | undefined): string | undefined {
  if (command !== 'build') return undefined;
  if (!value?.trim()) {
    return 'Chưa đặt biến môi trường SITE_URL (địa chỉ công khai của trang, ví dụ SITE_URL=https://antt.tuyenquang.gov.vn). Bản dựng để đăng cần biến này cho đường dẫn chuẩn (canonical), ảnh chia sẻ, RSS và sơ đồ trang. Chạy thử trên máy: "npm start" (đã đặt SITE_URL=http://localhost:4321).';
  }
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return `Biến môi trường SITE_URL="${value}" không phải một địa chỉ đầy đủ; hãy ghi dạng https://ten-mien.gov.vn`;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `Biến môi trường SITE_URL="${value}" phải bắt đầu bằng https://`;
  return undefined;
}
