import { describe, expect, it } from 'vitest';
import { compareDatesDesc, parsePartialDate, toExactDate, toIsoDate } from '~/schema/partialDate';

describe('parsePartialDate', () => {
  it('keeps only what is known: a year, a month or a day', () => {
    expect(parsePartialDate('2021')).toEqual({ year: 2021 });
    expect(parsePartialDate(2021)).toEqual({ year: 2021 });
    expect(parsePartialDate('2021-10')).toEqual({ year: 2021, month: 10 });
    expect(parsePartialDate('2021-10-05')).toEqual({ year: 2021, month: 10, day: 5 });
  });

  it('shows a UTC time saved by the CMS on its calendar day in Vietnam', () => {
    // 20:00 UTC on the 24th is 03:00 on the 25th in Vietnam (UTC+7).
    expect(parsePartialDate('2026-11-24T20:00:00.000Z')).toEqual({ year: 2026, month: 11, day: 25 });
    expect(parsePartialDate(new Date('2026-11-24T16:59:00Z'))).toEqual({ year: 2026, month: 11, day: 24 });
  });

  it('rejects impossible and malformed dates with a Vietnamese reason', () => {
    expect(parsePartialDate('2021-02-30')).toMatch(/không có ngày 30/);
    expect(parsePartialDate('2021-13')).toMatch(/tháng 13/);
    expect(parsePartialDate('30/02/2021')).toMatch(/không phải ngày hợp lệ/);
    expect(parsePartialDate(true)).toMatch(/NNNN-TT-NN/);
  });
});

describe('date order and exactness', () => {
  it('sorts newest first and a year-only date before that year’s months', () => {
    const dates = ['2021', '2022-01-03', '2021-11'].map((d) => parsePartialDate(d)) as Exclude<ReturnType<typeof parsePartialDate>, string>[];
    expect(dates.sort(compareDatesDesc).map(toIsoDate)).toEqual(['2022-01-03', '2021-11', '2021']);
  });

  it('never invents a day for feeds', () => {
    expect(toExactDate({ year: 2021 })).toBeUndefined();
    expect(toExactDate({ year: 2021, month: 10 })).toBeUndefined();
    expect(toExactDate({ year: 2021, month: 10, day: 5 })?.toISOString()).toBe('2021-10-05T00:00:00.000Z');
  });
});
