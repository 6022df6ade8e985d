/** Reads a built site from disk: its pages from the sitemap, its files, and the ids in each page. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { elementIds, type BuiltSite } from './linkCheck';

/** The `<loc>` URLs of a sitemap or sitemap index. */
export function sitemapLocs(xml: string): string[] {
  return [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((m) => m[1] ?? '');
}

/** Every page listed by `sitemap-index.xml` and the sitemaps it names, as URL paths, and the production origin they use. */
export function sitemapPages(siteDir: string): { origin: string; paths: string[] } {
  const sitemaps = sitemapLocs(readFileSync(join(siteDir, 'sitemap-index.xml'), 'utf8'));
  if (sitemaps.length === 0) throw new Error('sitemap-index.xml lists no sitemap');
  const origin = new URL(sitemaps[0] ?? '').origin;
  const paths = sitemaps.flatMap((loc) => {
    const file = decodeURIComponent(new URL(loc).pathname).replace(/^\//, '');
    return sitemapLocs(readFileSync(join(siteDir, file), 'utf8')).map((url) => new URL(url).pathname);
  });
  return { origin, paths };
}

function listFiles(dir: string, root = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listFiles(path, root);
    return [relative(root, path).split(sep).join('/')];
  });
}

/** The built site as the link checker sees it; page ids are read once, when first asked for. */
export function readBuiltSite(siteDir: string, origins: readonly string[]): BuiltSite {
  const files = new Set(listFiles(siteDir));
  const ids = new Map<string, ReadonlySet<string>>();
  return {
    files,
    origins,
    ids(file) {
      let found = ids.get(file);
      if (!found) {
        found = elementIds(readFileSync(join(siteDir, file), 'utf8'));
        ids.set(file, found);
      }
      return found;
    },
  };
}
