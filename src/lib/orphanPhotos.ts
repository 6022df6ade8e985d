/**
 * Photos left in an entry's folder that its `index.md` no longer uses: the CMS adds a photo
 * to the folder when it is chosen, but replacing or removing it in the form leaves the old
 * file (Decap commits additions only). `npm run content:orphans` lists them for cleanup.
 */
// The .ts extension lets Node run this module directly (scripts/orphan-photos.mjs).
import { FORMAT_OF_EXTENSION } from './imageSniff.ts';

const isPhoto = (name: string) => Boolean(FORMAT_OF_EXTENSION[/\.[^.]+$/.exec(name)?.[0].toLowerCase() ?? '']);

/** The photos among `files` (names in the entry's folder) that `entryText` never names. */
export function orphanPhotos(files: readonly string[], entryText: string): string[] {
  return files.filter((name) => isPhoto(name) && !entryText.includes(name) && !entryText.includes(encodeURI(name)));
}
