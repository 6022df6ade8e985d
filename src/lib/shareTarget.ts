/**
 * What the share page (/chia-se/) shares, read from its query (`?p=<path>&t=<title>`):
 * only a page of this site, so the page cannot be made to share, or copy, a stranger's link.
 */
export interface ShareTarget {
  url: string;
  title: string;
}

/** Query of the share page's link for a page of the site. */
export const shareQuery = (path: string, title: string) => `?${new URLSearchParams({ p: path, t: title })}`;

export function shareTarget(search: string, origin: string): ShareTarget | undefined {
  const params = new URLSearchParams(search);
  const path = params.get('p') ?? '';
  // A path of this site: "/x/", never "//host" or "/\host", which browsers read as another host.
  if (!/^\/(?![/\\])/.test(path)) return undefined;
  const url = new URL(path, origin);
  if (url.origin !== origin) return undefined;
  const title = (params.get('t') ?? '').replace(/\s+/g, ' ').trim().slice(0, 200);
  return { url: url.href, title };
}

export const facebookShareUrl = (url: string) => `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(url)}`;
