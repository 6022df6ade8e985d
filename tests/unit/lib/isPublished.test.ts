import { describe, expect, it } from 'vitest';
import { isAfter, isPublished, unpublishedReason } from '~/lib/isPublished';

/** 25 November 2026, 20:00 UTC: already 26 November in Vietnam (UTC+7). */
const NOW = new Date('2026-11-25T20:00:00Z');

describe('the publishing rule', () => {
  it('keeps a draft off the site whatever its date', () => {
    expect(unpublishedReason({ draft: true, publishDate: '2021' }, NOW)).toBe('draft');
    expect(isPublished({ data: { draft: true } })).toBe(false);
  });

  it('holds an entry dated after today in Vietnam, written as text or already validated', () => {
    expect(unpublishedReason({ publishDate: '2026-11-27' }, NOW)).toBe('scheduled');
    expect(unpublishedReason({ publishDate: { year: 2026, month: 11, day: 27 } }, NOW)).toBe('scheduled');
    expect(unpublishedReason({ publishDate: '2099' }, NOW)).toBe('scheduled');
  });

  it('publishes an entry dated today in Vietnam even while it is still yesterday in UTC', () => {
    expect(unpublishedReason({ publishDate: '2026-11-26' }, NOW)).toBeUndefined();
  });

  it('publishes a date known only to its month or year once that month or year has come', () => {
    expect(unpublishedReason({ publishDate: '2026-11' }, NOW)).toBeUndefined();
    expect(unpublishedReason({ publishDate: { year: 2026 } }, NOW)).toBeUndefined();
    expect(unpublishedReason({ publishDate: '2026-12' }, NOW)).toBe('scheduled');
  });

  it('publishes entries without a date (models) and leaves a malformed date to the content check', () => {
    expect(unpublishedReason({}, NOW)).toBeUndefined();
    expect(unpublishedReason({ publishDate: 'hôm qua' }, NOW)).toBeUndefined();
  });

  it('compares dates at the precision they were written', () => {
    expect(isAfter({ year: 2027 }, { year: 2026, month: 12, day: 31 })).toBe(true);
    expect(isAfter({ year: 2026, month: 11 }, { year: 2026, month: 11, day: 26 })).toBe(false);
    expect(isAfter({ year: 2026, month: 11, day: 27 }, { year: 2026, month: 11, day: 26 })).toBe(true);
  });
});
