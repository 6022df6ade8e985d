/**
 * The geometry of a horizontal bar chart drawn as static SVG: each row a label line with
 * a bar under it, bars scaled to the largest value, the number just right of its bar.
 * Sizes are in SVG user units; the SVG scales to its box, so only the proportions matter.
 */
export interface BarInput {
  label: string;
  value: number;
}

export interface Bar extends BarInput {
  /** Baseline of the label text. */
  labelY: number;
  /** Top of the bar. */
  barY: number;
  barWidth: number;
  /** Where the number starts, after the bar. */
  valueX: number;
  /** Baseline of the number, level with the bar's middle. */
  valueY: number;
}

export interface BarChart {
  width: number;
  height: number;
  barHeight: number;
  bars: Bar[];
}

/** Room kept right of the longest bar for its number. */
const VALUE_ROOM = 48;
const LABEL_LINE = 18;
const BAR_HEIGHT = 16;
const ROW_GAP = 10;

export function barChart(rows: readonly BarInput[], width = 320): BarChart {
  const max = Math.max(0, ...rows.map((r) => r.value));
  const scale = max > 0 ? (width - VALUE_ROOM) / max : 0;
  const rowHeight = LABEL_LINE + BAR_HEIGHT + ROW_GAP;
  const bars = rows.map((row, i) => {
    const top = i * rowHeight;
    const barWidth = Math.round(row.value * scale * 10) / 10;
    return {
      ...row,
      labelY: top + LABEL_LINE - 5,
      barY: top + LABEL_LINE,
      barWidth,
      valueX: barWidth + 6,
      valueY: top + LABEL_LINE + BAR_HEIGHT - 3,
    };
  });
  return { width, height: Math.max(rows.length * rowHeight - ROW_GAP, 0), barHeight: BAR_HEIGHT, bars };
}
