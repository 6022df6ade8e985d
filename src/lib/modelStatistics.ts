/**
 * The counts of the statistics page (Thống kê): published models by type, by sector, by
 * the unit they belong to since 1/7/2025 and by the year they were set up. Only what the
 * profiles say is counted: a model with no year, or a place with no known current unit,
 * falls under an "unknown" row (key null) rather than a guessed one.
 */
import { countBy } from './countBy';
import { currentUnit, fullName, type LocalityIndex } from './localities';
import { MODEL_TYPES, SECTORS, labelOf } from '../schema/taxonomy';

/** What a profile says that the statistics count. */
export interface ModelFacts {
  type: string;
  sector: string;
  /** Id of the place as the source named it. */
  locality: string;
  established?: number | undefined;
}

export interface StatRow {
  /** The choice value, unit id or year; null for the "not known" row. */
  key: string | null;
  /** Label of a known key; the page names the unknown row. */
  label: string;
  count: number;
}

export interface ModelStatistics {
  total: number;
  byType: StatRow[];
  bySector: StatRow[];
  byUnit: StatRow[];
  byYear: StatRow[];
}

const collator = new Intl.Collator('vi');

/** Most models first, then by label; the unknown row, if any, last. */
function ranked(rows: StatRow[]): StatRow[] {
  return rows.sort((a, b) => Number(a.key === null) - Number(b.key === null) || b.count - a.count || collator.compare(a.label, b.label));
}

export function modelStatistics(models: readonly ModelFacts[], localities: LocalityIndex): ModelStatistics {
  const types = countBy(models, (m) => m.type);
  const sectors = countBy(models, (m) => m.sector);
  const units = countBy(models, (m) => currentUnit(localities, m.locality)?.id ?? null);
  const years = countBy(models, (m) => m.established ?? null);
  return {
    total: models.length,
    // Every type, even one with no model yet: the page reads "Liên kết: 0", not a missing row.
    byType: MODEL_TYPES.list.map((c) => ({ key: c.value, label: c.label, count: types.get(c.value) ?? 0 })),
    bySector: ranked([...sectors].map(([key, count]) => ({ key, label: labelOf(SECTORS.list, key), count }))),
    byUnit: ranked(
      [...units].map(([key, count]) => {
        const unit = key === null ? undefined : localities.get(key);
        return { key, label: unit ? fullName(unit) : '', count };
      }),
    ),
    // Years in order, as a time line reads; the unknown year last.
    byYear: [...years]
      .map(([year, count]) => ({ key: year === null ? null : String(year), label: year === null ? '' : String(year), count }))
      .sort((a, b) => (a.key === null ? 1 : b.key === null ? -1 : Number(a.key) - Number(b.key))),
  };
}
