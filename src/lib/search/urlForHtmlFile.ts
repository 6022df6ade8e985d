/**
 * The URL a built HTML file is served at, from its path relative to the output folder:
 * "mo-hinh/x/index.html" → "/mo-hinh/x/", "404.html" → "/404.html".
 */
export function urlForHtmlFile(relativePath: string): string {
  const path = relativePath
    .split(/[\\/]+/)
    .filter(Boolean)
    .join('/');
  if (path === 'index.html') return '/';
  return path.endsWith('/index.html') ? `/${path.slice(0, -'index.html'.length)}` : `/${path}`;
}
