/**
 * A set of page numbers of the search index (0 … size − 1), one bit per page. Pages are
 * numbered newest first (see buildSearchIndex.ts), so ascending order is date order.
 */
export class PageSet {
  readonly size: number;
  readonly bits: Uint32Array;

  constructor(size: number, bits?: Uint32Array) {
    this.size = size;
    this.bits = bits ?? new Uint32Array((size + 31) >>> 5);
  }

  static of(size: number, pages: Iterable<number>): PageSet {
    const set = new PageSet(size);
    for (const page of pages) set.add(page);
    return set;
  }

  static all(size: number): PageSet {
    return PageSet.of(
      size,
      Array.from({ length: size }, (_, i) => i),
    );
  }

  add(page: number): void {
    if (page >= 0 && page < this.size) this.bits[page >>> 5]! |= 1 << (page & 31);
  }

  has(page: number): boolean {
    return (this.bits[page >>> 5]! & (1 << (page & 31))) !== 0;
  }

  private combine(other: PageSet, op: (a: number, b: number) => number): PageSet {
    const out = new Uint32Array(this.bits.length);
    for (let i = 0; i < out.length; i++) out[i] = op(this.bits[i]!, other.bits[i] ?? 0);
    return new PageSet(this.size, out);
  }

  and(other: PageSet): PageSet {
    return this.combine(other, (a, b) => a & b);
  }

  or(other: PageSet): PageSet {
    return this.combine(other, (a, b) => a | b);
  }

  andNot(other: PageSet): PageSet {
    return this.combine(other, (a, b) => a & ~b);
  }

  count(): number {
    let n = 0;
    for (let word of this.bits) {
      while (word) {
        word &= word - 1;
        n++;
      }
    }
    return n;
  }

  /** The pages, ascending (newest first). */
  pages(): number[] {
    const out: number[] = [];
    this.bits.forEach((word, i) => {
      for (let bit = 0; word !== 0 && bit < 32; bit++) {
        if (word & (1 << bit)) out.push((i << 5) + bit);
      }
    });
    return out;
  }
}
