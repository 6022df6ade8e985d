import { describe, expect, it } from 'vitest';
import { TopScored } from '~/lib/topScored';

/** A small deterministic generator, so a failure names a case that can be run again. */
function random(seed: number) {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
}

describe('the few best of many scored positions', () => {
  it('keeps the highest scores, on a tie the earlier position, whatever order they are offered in', () => {
    const best = new TopScored(3);
    for (const [position, score] of [
      [7, 2],
      [2, 5],
      [9, 5],
      [4, 1],
      [1, 2],
    ] as const)
      best.offer(position, score);
    expect(best.positions()).toEqual([2, 9, 1]);
  });

  it('agrees with sorting everything, over many shuffled cases', () => {
    const next = random(42);
    for (let round = 0; round < 300; round++) {
      const count = 1 + Math.floor(next() * 6);
      const offered = Array.from({ length: Math.floor(next() * 40) }, (_, position) => ({ position, score: Math.floor(next() * 5) }));
      const shuffled = [...offered].sort(() => next() - 0.5);
      const best = new TopScored(count);
      for (const { position, score } of shuffled) best.offer(position, score);
      const sorted = [...offered].sort((a, b) => b.score - a.score || a.position - b.position).slice(0, count);
      expect(best.positions()).toEqual(sorted.map((s) => s.position));
      expect(best.full).toBe(offered.length >= count);
    }
  });
});
