import { describe, expect, it } from 'vitest';
import { formatDateLong, formatDateShort } from '~/lib/formatDate';

describe('Vietnamese date formats', () => {
  it('writes a full date as Vietnamese readers do', () => {
    expect(formatDateShort({ year: 2026, month: 11, day: 5 })).toBe('05/11/2026');
    expect(formatDateLong({ year: 2026, month: 11, day: 5 })).toBe('ngày 5 tháng 11 năm 2026');
  });

  it('writes only the known parts of a partial date', () => {
    expect(formatDateShort({ year: 2021 })).toBe('năm 2021');
    expect(formatDateLong({ year: 2021, month: 10 })).toBe('tháng 10 năm 2021');
  });
});
