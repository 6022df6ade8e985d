/**
 * The home page's "Mô hình tiêu biểu": the profiles editors marked featured, in the order
 * given (alphabetical). While none is marked, the home is not left empty: profiles with a
 * photo first, then the rest, as before the flag existed.
 */
export interface FeaturedCandidate {
  data: { featured?: boolean | undefined; cover?: unknown };
}

export function pickFeatured<T extends FeaturedCandidate>(models: readonly T[], count = 6): T[] {
  const marked = models.filter((m) => m.data.featured);
  if (marked.length > 0) return marked.slice(0, count);
  return [...models].sort((a, b) => Number(Boolean(b.data.cover)) - Number(Boolean(a.data.cover))).slice(0, count);
}
