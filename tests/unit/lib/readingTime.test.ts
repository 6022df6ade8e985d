import { describe, expect, it } from 'vitest';
import { readingMinutes } from '~/lib/readingTime';

describe('readingMinutes', () => {
  it('counts about 200 words a minute and never says 0', () => {
    expect(readingMinutes('một hai ba')).toBe(1);
    expect(readingMinutes(Array.from({ length: 1000 }, () => 'chữ').join(' '))).toBe(5);
    expect(readingMinutes(Array.from({ length: 700 }, () => 'chữ').join('\n'))).toBe(4);
  });
});
