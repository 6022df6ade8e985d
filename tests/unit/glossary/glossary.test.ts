import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { glossaryTerms } from '~/lib/glossary/glossary';
import { parseAliases } from '~/lib/search/aliases';

describe('glossaryTerms', () => {
  it('shows each abbreviation with its first full form, in alphabetical order', () => {
    const terms = glossaryTerms([
      { short: 'UBND', long: ['Ủy ban nhân dân', 'Uỷ ban nhân dân'], source: 'x' },
      { short: 'ANTT', long: ['an ninh, trật tự', 'an ninh trật tự'], source: 'x' },
    ]);
    expect(terms).toEqual([
      { short: 'ANTT', expansion: 'an ninh, trật tự' },
      { short: 'UBND', expansion: 'Ủy ban nhân dân' },
    ]);
  });

  it('reads the project’s table: the abbreviations the seed texts use are there, written out as their sources write them', () => {
    const file = 'src/data/searchAliases.yml';
    const { aliases } = parseAliases(readFileSync(join(import.meta.dirname, '../../..', file), 'utf8'), file);
    const expansion = new Map(glossaryTerms(aliases).map((t) => [t.short, t.expansion]));
    expect(expansion.get('ANTT')).toBe('an ninh, trật tự');
    expect(expansion.get('CBCNV')).toBe('cán bộ, công nhân viên');
    expect(expansion.get('CQDN')).toBe('cơ quan, doanh nghiệp');
    expect(expansion.get('UBND')).toBe('Ủy ban nhân dân');
    expect(expansion.get('ANNB')).toBe('an ninh nội bộ');
  });
});
