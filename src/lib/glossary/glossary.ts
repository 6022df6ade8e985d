/**
 * The glossary of abbreviations (ANTT, CBCNV, UBND…) the site's texts use, read from the same
 * reviewed table search expands (src/data/searchAliases.yml): one list, editable without code.
 * An entry's first full form is the one readers see, on /thuat-ngu/ and in `<abbr title>`.
 */
import type { Alias } from '../search/aliases';

export interface GlossaryTerm {
  /** As written in texts: "ANTT", "NN&PTNT". */
  short: string;
  /** The written-out form shown to readers. */
  expansion: string;
}

const collator = new Intl.Collator('vi');

/** The glossary's terms in alphabetical order of their short forms. */
export function glossaryTerms(aliases: readonly Alias[]): GlossaryTerm[] {
  return aliases.flatMap((a) => (a.long[0] ? [{ short: a.short, expansion: a.long[0] }] : [])).sort((a, b) => collator.compare(a.short, b.short));
}
