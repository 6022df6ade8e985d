/**
 * The line of the entry file on which its Markdown body begins, so a problem found in the
 * body is reported at the line the editor sees in the file, after the front matter.
 */
import { readFile } from 'node:fs/promises';
import { lineAt } from '../../markdown/rawHtmlTokens';
import type { RawEntry } from './readEntries';

export async function bodyStartLine(entry: Pick<RawEntry, 'path' | 'body'>): Promise<number> {
  const text = await readFile(entry.path, 'utf8').catch(() => '');
  return text.endsWith(entry.body) ? lineAt(text, text.length - entry.body.length) : 1;
}
