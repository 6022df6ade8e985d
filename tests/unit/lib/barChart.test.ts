import { describe, expect, it } from 'vitest';
import { barChart } from '~/lib/barChart';

describe('barChart', () => {
  const chart = barChart(
    [
      { label: 'Liên kết', value: 6 },
      { label: 'Tự quản', value: 3 },
      { label: 'Khác', value: 0 },
    ],
    320,
  );

  it('draws the largest value as the longest bar that still leaves room for its number', () => {
    const [first, second, third] = chart.bars;
    expect(first!.barWidth).toBeLessThan(320 - 30);
    expect(first!.barWidth).toBeGreaterThan(320 / 2);
    expect(second!.barWidth).toBeCloseTo(first!.barWidth / 2, 0);
    expect(third!.barWidth).toBe(0);
    for (const bar of chart.bars) expect(bar.valueX).toBeGreaterThan(bar.barWidth);
  });

  it('puts each row below the last, the whole chart within its height', () => {
    const tops = chart.bars.map((b) => b.barY);
    expect(tops).toEqual([...tops].sort((a, b) => a - b));
    expect(new Set(tops).size).toBe(3);
    for (const bar of chart.bars) {
      expect(bar.labelY).toBeLessThan(bar.barY);
      expect(bar.barY + chart.barHeight).toBeLessThanOrEqual(chart.height);
    }
  });

  it('draws no bar at all when every value is 0, and an empty chart for no rows', () => {
    expect(barChart([{ label: 'A', value: 0 }]).bars[0]!.barWidth).toBe(0);
    expect(barChart([])).toMatchObject({ height: 0, bars: [] });
  });
});
