/**
 * The search index's tokens, numbered. A page's tokens (searchTokens.ts) are worked out from
 * its text once and kept as a short list of numbers of this table: the build keeps them
 * between builds (pageRecordCache.ts), so a publish re-reads the pages it changed and not the
 * text of the whole archive, which was most of the index's time at 10,000 entries.
 */
import type { PageRecord } from './pageRecord';
import { visitPageTokens } from './searchTokens';

/** What the index keeps of a page: its record without the searchable text, and its tokens' numbers. */
export type IndexedPage = Omit<PageRecord, 'searchable'> & { tokens: Uint32Array };

/** What a page is about, ranked above what it mentions: its title and facet values (its places, type, sector). */
export const subjectOf = (page: Pick<PageRecord, 'title' | 'filters'>) => [page.title, ...Object.values(page.filters).flat()].join(' . ');

export class TokenTable {
  /** Token by number. */
  readonly tokens: string[];
  readonly #numbers = new Map<string, number>();
  /** The last page each token was seen on, so a page lists each token once. */
  readonly #lastSeen: number[] = [];
  #pages = 0;

  constructor(tokens: readonly string[] = []) {
    this.tokens = [...tokens];
    this.tokens.forEach((token, n) => this.#numbers.set(token, n));
  }

  /** The numbers of a page's tokens, each once; a token not yet in the table is added. */
  numbersOf(page: Pick<PageRecord, 'searchable' | 'title' | 'filters'>): Uint32Array {
    const pageNumber = ++this.#pages;
    const out: number[] = [];
    visitPageTokens(page.searchable, subjectOf(page), (token) => {
      let n = this.#numbers.get(token);
      if (n === undefined) {
        n = this.tokens.push(token) - 1;
        this.#numbers.set(token, n);
      }
      if (this.#lastSeen[n] !== pageNumber) {
        this.#lastSeen[n] = pageNumber;
        out.push(n);
      }
    });
    return Uint32Array.from(out);
  }

  /** The page as the index keeps it. */
  indexedPage({ searchable, ...rest }: PageRecord): IndexedPage {
    return { ...rest, tokens: this.numbersOf({ searchable, title: rest.title, filters: rest.filters }) };
  }
}
