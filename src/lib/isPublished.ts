/**
 * The one publishing rule, used by the content loaders (so nothing of an unpublished entry,
 * not even its photos, reaches the build), every listing, feed, sitemap and the search
 * index: drafts never reach the site, and an entry dated in the future waits for its day.
 */
import { parsePartialDate, vietnamDay, type PartialDate } from '../schema/partialDate';

/** True when `date` is after `today` at the precision it was written: "2027" is after any day of 2026. */
export function isAfter(date: PartialDate, today: PartialDate): boolean {
  for (const part of ['year', 'month', 'day'] as const) {
    const [a, b] = [date[part], today[part]];
    if (a === undefined || b === undefined) return false;
    if (a !== b) return a > b;
  }
  return false;
}

interface Publishable {
  draft?: unknown;
  publishDate?: unknown;
}

/** Why an entry's data keeps it off the site today ('draft' or 'scheduled'), or undefined when it is published. */
export function unpublishedReason(data: Publishable, now = new Date()): 'draft' | 'scheduled' | undefined {
  if (data.draft === true) return 'draft';
  // Raw front matter (a loader) holds the date as written; validated data holds a PartialDate.
  const raw = data.publishDate;
  const date = raw && typeof raw === 'object' && 'year' in raw ? (raw as PartialDate) : raw === undefined ? undefined : parsePartialDate(raw);
  if (date && typeof date !== 'string' && isAfter(date, vietnamDay(now))) return 'scheduled';
  return undefined;
}

export function isPublished(entry: { data: Publishable }): boolean {
  return unpublishedReason(entry.data) === undefined;
}
