/**
 * Tag suggestions for the CMS's tag box (admin/tagsWidget.ts), by the site's own rules:
 * typed text is matched folded (foldVietnamese: "to quoc" finds "Tổ quốc"), and two tags
 * are the same tag when the site would merge them onto one page (same slugify(), as
 * src/lib/tags.ts groups them), so a new spelling of a known tag takes the known spelling.
 */
import { foldVietnamese } from './foldVietnamese';
import { slugify } from './slugify';

export interface KnownTag {
  /** The spelling most entries use. */
  tag: string;
  slug: string;
  /** How many entries carry it (in any spelling). */
  count: number;
}

/** A typed tag as it is stored: NFC, single spaces, no spaces around. */
export const cleanTag = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();

const collator = new Intl.Collator('vi');

/**
 * Every tag the entries use, once per slug, in the spelling most of them use (ties: the
 * first in Vietnamese order), most used first.
 */
export function knownTags(tagLists: readonly (readonly unknown[])[]): KnownTag[] {
  const bySlug = new Map<string, { count: number; spellings: Map<string, number> }>();
  for (const list of tagLists) {
    const seen = new Set<string>();
    for (const item of list) {
      if (typeof item !== 'string') continue;
      const tag = cleanTag(item);
      const slug = slugify(tag);
      if (!slug || seen.has(slug)) continue;
      seen.add(slug);
      const known = bySlug.get(slug) ?? { count: 0, spellings: new Map<string, number>() };
      known.count += 1;
      known.spellings.set(tag, (known.spellings.get(tag) ?? 0) + 1);
      bySlug.set(slug, known);
    }
  }
  return [...bySlug]
    .map(([slug, { count, spellings }]) => {
      const [tag] = [...spellings].sort(([a, m], [b, n]) => n - m || collator.compare(a, b))[0]!;
      return { tag, slug, count };
    })
    .sort((a, b) => b.count - a.count || collator.compare(a.tag, b.tag));
}

/** How well a folded tag matches folded typed text: 0 same, 1 starts with it, 2 a word starts with it; undefined: no match. */
function matchRank(tag: string, typed: string): number | undefined {
  if (tag === typed) return 0;
  if (tag.startsWith(typed)) return 1;
  if (` ${tag}`.includes(` ${typed}`)) return 2;
  return undefined;
}

/**
 * The known tags matching what the editor is typing, best first (same, then starting
 * with it, then a word starting with it; more used first), leaving out those the entry has.
 * Nothing typed: the most used tags.
 */
export function suggestTags(typed: string, known: readonly KnownTag[], chosen: readonly string[] = [], limit = 8): KnownTag[] {
  const taken = new Set(chosen.map((tag) => slugify(tag)));
  const query = foldVietnamese(cleanTag(typed));
  const ranked: { known: KnownTag; rank: number }[] = [];
  for (const candidate of known) {
    if (taken.has(candidate.slug)) continue;
    const rank = query ? matchRank(foldVietnamese(candidate.tag), query) : 0;
    if (rank !== undefined) ranked.push({ known: candidate, rank });
  }
  // A stable sort keeps knownTags()'s order (most used first) within a rank.
  return ranked
    .sort((a, b) => a.rank - b.rank)
    .slice(0, limit)
    .map((r) => r.known);
}

export type TagChoice =
  /** Add `tag`; `note` says when it was respelled as the known tag. */
  | { kind: 'add'; tag: string; note?: string }
  /** Nothing to add: the entry has it already, or the text has no letter or digit. */
  | { kind: 'skip'; note: string };

/** What adding the typed text does: a known tag in another spelling becomes the known spelling. */
export function chooseTag(typed: string, known: readonly KnownTag[], chosen: readonly string[]): TagChoice {
  const tag = cleanTag(typed);
  const slug = slugify(tag);
  if (!slug) return { kind: 'skip', note: `"${tag}" không phải là chủ đề: cần có ít nhất một chữ hoặc số.` };
  const had = chosen.find((c) => slugify(c) === slug);
  if (had !== undefined) return { kind: 'skip', note: `Bài đã có chủ đề "${had}".` };
  const existing = known.find((k) => k.slug === slug);
  if (!existing || existing.tag === tag) return { kind: 'add', tag };
  return {
    kind: 'add',
    tag: existing.tag,
    note: `"${tag}" là chủ đề đã có, được ghi theo cách viết chung "${existing.tag}" để các bài về cùng một chủ đề nằm chung một trang.`,
  };
}
