/**
 * Spellings of a query that differ only in `d` / `đ` at the start of a syllable.
 *
 * Pagefind 1.6 folds tone and vowel marks ("Đội", "ĐỘI" and "đội" all index as "đoi"),
 * but `đ` is a letter of its own with no Unicode decomposition, so "doi" never reaches
 * "Đội". People typing without an input method write `d` for both letters. Each syllable
 * that starts with `d` may mean either, so the search runs every combination (the query
 * as typed first) and merges the results: the best spelling ranks and highlights the page
 * exactly as the accented query would, and no folded text ever reaches an excerpt.
 * A letter typed as `đ` is kept: the reader already chose it.
 *
 * Only the first `maxWords` d-syllables are expanded (2^3 = 8 searches at most); later
 * ones are still found through the folded words the index carries (see foldedDWords.ts).
 */
export function queryVariants(query: string, maxWords = 3): string[] {
  const words = query.trim().split(/\s+/).filter(Boolean);
  const expandable = words
    .map((word, index) => ({ word, index }))
    .filter(({ word }) => /^[dD]/.test(word))
    .slice(0, maxWords);
  let variants = [words];
  for (const { word, index } of expandable) {
    const withD = `${word[0] === 'D' ? 'Đ' : 'đ'}${word.slice(1)}`;
    variants = variants.flatMap((v) => [v, v.map((w, i) => (i === index ? withD : w))]);
  }
  return variants.map((v) => v.join(' ')).filter((v) => v.length > 0);
}
