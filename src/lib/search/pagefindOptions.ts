/**
 * Options passed to `pagefind.options()` on the search page.
 *
 * `termSimilarity` above its default (1) makes a short syllable prefer whole-word matches
 * over longer words it starts: with the default, "tu quan" ranked pages full of "Tuyên Quang"
 * and "quản lý" above the two "Tự quản" models; at 3 both models come first, and place-name
 * and sector queries keep their order (measured on the seed content with Pagefind 1.6).
 */
export const PAGEFIND_OPTIONS = {
  excerptLength: 24,
  ranking: { termSimilarity: 3 },
} as const;
