/**
 * An entry's id from its path inside the collection folder: the folder name for
 * `<slug>/index.md`, the file name for `<slug>.yml`. Ids double as URL slugs.
 */
export function entryIdFromPath(path: string): string {
  return path
    .replace(/\\/g, '/')
    .replace(/\/index\.(md|mdx)$/, '')
    .replace(/\.(md|mdx|ya?ml|json)$/, '');
}
