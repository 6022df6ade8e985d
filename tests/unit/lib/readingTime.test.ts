import { describe, expect, it } from 'vitest';
import { readingMinutes } from '../../../src/lib/readingTime';

describe('readingMinutes', () => {
  it('counts about 200 words a minute and never says 0', () => {
    expect(readingMinutes('một hai ba')).toBe(1);
    expect(readingMinutes(Array.from({ length: 1000 }, () => 'chữ').join(' '))).toBe(5);
  });

  it('counts link text, not URLs', () => {
    const words = Array.from({ length: 300 }, () => '[chữ](https://example.com/a/b/c)').join(' ');
    expect(readingMinutes(words)).toBe(2);
  });
});
