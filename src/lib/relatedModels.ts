/**
 * "Mô hình liên quan" beside a profile: other models in the same unit of today (strongest
 * link), the same sector, or of the same type; the most shared first, then the list's order.
 */
import { currentUnit, type LocalityIndex } from './localities';

export interface ModelCandidate {
  id: string;
  data: { type: string; sector: string; locality: { id: string } };
}

const WEIGHT = { unit: 3, sector: 2, type: 1 } as const;

/** `others` in the order the site lists models; a model is never related to itself, nor one sharing nothing with it. */
export function relatedModels<T extends ModelCandidate>(model: T, others: readonly T[], localities: LocalityIndex, count = 4): T[] {
  const unitOf = (m: T) => currentUnit(localities, m.data.locality.id)?.id;
  const unit = unitOf(model);
  return others
    .filter((o) => o.id !== model.id)
    .map((o, order) => ({
      o,
      order,
      score:
        (unit !== undefined && unitOf(o) === unit ? WEIGHT.unit : 0) +
        (o.data.sector === model.data.sector ? WEIGHT.sector : 0) +
        (o.data.type === model.data.type ? WEIGHT.type : 0),
    }))
    .filter((r) => r.score > 0)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, count)
    .map((r) => r.o);
}
