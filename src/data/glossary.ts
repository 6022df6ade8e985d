/**
 * The glossary's terms, from the reviewed abbreviation table search uses too
 * (src/data/searchAliases.yml): read once, when the site's config or a page first needs it.
 */
import { glossaryTerms, type GlossaryTerm } from '../lib/glossary/glossary';
import { parseAliases } from '../lib/search/aliases';
import table from './searchAliases.yml?raw';

const FILE = 'src/data/searchAliases.yml';

function read(): GlossaryTerm[] {
  const { aliases, errors } = parseAliases(table, FILE);
  if (errors.length > 0) throw new Error(`Bảng tên viết tắt có lỗi:\n${errors.join('\n')}`);
  return glossaryTerms(aliases);
}

/** Every abbreviation with the full form readers see, A to Z. */
export const GLOSSARY: readonly GlossaryTerm[] = read();
