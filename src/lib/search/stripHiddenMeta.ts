/**
 * Pagefind stores every metadata field of a page in the page's fragment, the file fetched for
 * each result shown. The hidden fields (withHiddenSearchMeta.ts) are only there to be
 * searched, and Pagefind searches them from its word index, so after the index is written
 * they are removed from the fragments: on the seed content they were two thirds of each
 * fragment. A fragment is gzip of "pagefind_dcd" followed by the page's JSON.
 */
import { gunzipSync, gzipSync } from 'node:zlib';

const SIGNATURE = 'pagefind_dcd';

/**
 * The fragment without the given metadata fields, its text passed through `restore` (see
 * markDForIndex.ts); the same bytes when neither changes anything.
 */
export function stripHiddenMeta(fragment: Uint8Array, keys: readonly string[], restore: (text: string) => string = (t) => t): Uint8Array {
  const text = gunzipSync(fragment).toString('utf8');
  if (!text.startsWith(SIGNATURE)) throw new Error('Pagefind fragment without its signature: Pagefind’s format changed');
  const json = text.slice(SIGNATURE.length);
  const page = JSON.parse(restore(json)) as { meta?: Record<string, string> };
  const hasHidden = page.meta !== undefined && keys.some((key) => key in page.meta!);
  if (!hasHidden && restore(json) === json) return fragment;
  for (const key of keys) delete page.meta?.[key];
  return gzipSync(SIGNATURE + JSON.stringify(page), { level: 9 });
}
