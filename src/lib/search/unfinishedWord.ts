/**
 * The index holds whole syllables only, so while a reader is still typing, the last word may
 * be half of one ("bảo vệ r", "ngân h") and find nothing: at every pause the results would
 * blink to "không tìm thấy". The live search then shows the words typed before it; a query
 * committed with Enter still means every word it has.
 */

/** The query without its last word when it ends inside a word, or undefined when the last word is finished or alone. */
export function withoutUnfinishedWord(query: string): string | undefined {
  // A space or a closing quote after the last word means the reader has finished it.
  if (query.trim() === '' || /[\s"]$/u.test(query)) return undefined;
  const rest = query.replace(/\S+$/u, '').trimEnd();
  return /[\p{L}\p{N}]/u.test(rest) ? rest : undefined;
}
