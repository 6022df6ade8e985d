/**
 * The few best of many scored positions (related articles, related models): the highest score
 * first, on a tie the earlier position, the order the site lists entries in. Kept in one pass,
 * with no sort of the thousands that may be offered (every article sharing a common topic).
 */
export class TopScored {
  readonly #best: { position: number; score: number }[] = [];
  readonly count: number;

  constructor(count: number) {
    this.count = count;
  }

  get full(): boolean {
    return this.#best.length >= this.count;
  }

  offer(position: number, score: number): void {
    const best = this.#best;
    if (this.full) {
      const last = best[best.length - 1]!;
      if (score < last.score || (score === last.score && position > last.position)) return;
    }
    const at = best.findIndex((b) => score > b.score || (score === b.score && position < b.position));
    if (at >= 0) best.splice(at, 0, { position, score });
    else best.push({ position, score });
    if (best.length > this.count) best.pop();
  }

  /** The kept positions, best first. */
  positions(): number[] {
    return this.#best.map((b) => b.position);
  }
}
