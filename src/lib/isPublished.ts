/** The one publishing rule, used by every listing, feed, sitemap and the search index: drafts never reach the site. */
export function isPublished(entry: { data: { draft?: boolean | undefined } }): boolean {
  return entry.data.draft !== true;
}
