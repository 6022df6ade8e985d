/**
 * Decap's own search (the collection sidebar's box and the relation pickers) matches
 * letters exactly, so "an tuong" never finds "An Tường". Each entry read through the
 * format gets a hidden key holding its text folded the site's way (foldVietnamese:
 * no marks, đ → d, lower case); the collection summary names that key with a filter
 * that prints nothing (Decap searches the fields a summary names) and the relation
 * pickers search it. The format never writes `__` keys, so files do not change.
 */
import { foldVietnamese } from '../src/lib/foldVietnamese';
import type { FieldDef } from '../src/schema/fieldTypes';
import type { EntryFormat } from './frontMatter';

export const SEARCH_KEY = '__search';

/** A summary template part that makes Decap search SEARCH_KEY while showing nothing. */
export const SEARCH_IN_SUMMARY = `{{${SEARCH_KEY} | ternary('', '')}}`;

/** The entry's words, folded: every text and list-of-text field. */
export function searchText(fields: readonly FieldDef[], data: Record<string, unknown>): string {
  const words = fields.flatMap((field) => {
    const value = data[field.name];
    if (field.kind === 'string' && typeof value === 'string') return [value];
    if (field.kind === 'strings' && Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
    return [];
  });
  return foldVietnamese(words.join(' '));
}

export function withSearchKey(format: EntryFormat, fields: readonly FieldDef[]): EntryFormat {
  return {
    fromFile(content) {
      const data = format.fromFile(content);
      return { ...data, [SEARCH_KEY]: searchText(fields, data) };
    },
    toFile: (data, sortedKeys) => format.toFile(data, sortedKeys),
  };
}
