/**
 * Abbreviations and their full forms (src/data/searchAliases.yml), so that a page writing
 * one form is found by any other: "BIDV" finds "Ngân hàng TMCP Đầu tư và Phát triển Việt
 * Nam", "an ninh trật tự" finds "ANTT". The forms a page lacks are indexed with it (pageRecord.ts); a query needs no rewriting.
 */
import { foldVietnamese } from '../foldVietnamese';
import { readYaml } from '../frontMatter/readYaml';

export interface Alias {
  /** As written in texts, case kept: "ANTT", "NN&PTNT". */
  short: string;
  long: string[];
  /** Where the expansion is attested (reviewed, never shown). */
  source: string;
}

/** Short forms are matched as written (upper case), so "TT" never matches a word "tt". */
const SHORT_EDGE = '[\\p{L}\\p{N}&]';
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Words of the text folded and single-spaced, with a space at each end. */
function foldedWords(text: string): string {
  return ` ${foldVietnamese(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(' ')} `;
}

function hasShort(text: string, short: string): boolean {
  return new RegExp(`(?<!${SHORT_EDGE})${escape(short.normalize('NFC'))}(?!${SHORT_EDGE})`, 'u').test(text);
}

/** The forms of the aliases whose other forms `text` holds, each once, none the text already has. */
export function aliasForms(text: string, aliases: readonly Alias[]): string[] {
  const nfc = text.normalize('NFC');
  const folded = foldedWords(nfc);
  const hasLong = (form: string) => folded.includes(foldedWords(form));
  const out = new Set<string>();
  for (const alias of aliases) {
    const present = hasShort(nfc, alias.short) || alias.long.some(hasLong);
    if (!present) continue;
    if (!hasShort(nfc, alias.short)) out.add(alias.short);
    const seen = new Set<string>();
    for (const form of alias.long) {
      const key = foldedWords(form);
      if (!hasLong(form) && !seen.has(key)) out.add(form.normalize('NFC'));
      seen.add(key);
    }
  }
  return [...out];
}

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/** Reads the alias table; each problem is a Vietnamese sentence naming the file, the entry and the field. */
export function parseAliases(text: string, file: string): { aliases: Alias[]; errors: string[] } {
  const read = readYaml(text);
  const errors = read.issues.map((i) => `${file}${i.line ? `, dòng ${i.line}` : ''}: ${i.message}.`);
  const list = read.data?.aliases;
  if (!Array.isArray(list)) {
    if (errors.length === 0) errors.push(`${file}: thiếu danh sách "aliases:"; hãy ghi mỗi mục với short, long và source.`);
    return { aliases: [], errors };
  }
  const aliases: Alias[] = [];
  list.forEach((item: unknown, i) => {
    const entry = (item ?? {}) as Record<string, unknown>;
    const where = `${file}, mục ${i + 1}${isText(entry.short) ? ` (${entry.short})` : ''}`;
    const long = Array.isArray(entry.long) ? entry.long : [];
    if (!isText(entry.short)) errors.push(`${where}: thiếu "short" (dạng viết tắt, ví dụ ANTT).`);
    else if (!/^[\p{Lu}\p{N}&.]+$/u.test(entry.short)) errors.push(`${where}: "short" phải viết hoa, liền, ví dụ ANTT hoặc NN&PTNT.`);
    if (long.length === 0 || !long.every(isText)) errors.push(`${where}: "long" cần ít nhất một dạng đầy đủ, mỗi dạng là một chuỗi chữ.`);
    if (!isText(entry.source)) errors.push(`${where}: thiếu "source" (căn cứ của cách viết tắt này).`);
    if (isText(entry.short) && long.length > 0 && long.every(isText) && isText(entry.source)) {
      aliases.push({ short: entry.short.normalize('NFC'), long: long.map((l: string) => l.normalize('NFC')), source: entry.source });
    }
  });
  return { aliases, errors };
}
