import { formatDateShort } from '../formatDate';
import { parsePartialDate } from '../../schema/partialDate';
import { LOCALITY_SEPARATOR, META_KEYS } from './facets';

/** A result as the index gives it (searchIndexClient.ts) with its excerpt made (excerpt.ts). */
export interface ResultData {
  url: string;
  /** HTML: the page text escaped, matches wrapped in `<mark>`. */
  excerpt: string;
  /** Raw, unescaped values: `title` and the META_KEYS of facets.ts. */
  meta: Record<string, string | undefined>;
}

/** What a result card shows, read from a result's metadata. */
export interface ResultCard {
  url: string;
  title: string;
  /** The excerpt HTML (escaped, with `<mark>`). */
  excerptHtml: string;
  badges: string[];
  /** ISO partial date for `<time datetime>` and its Vietnamese wording, when known. */
  date?: { iso: string; text: string };
  image?: string;
}

export function resultCard(data: ResultData): ResultCard {
  const meta = data.meta;
  const localities = (meta[META_KEYS.localities] ?? '').split(LOCALITY_SEPARATOR).filter(Boolean);
  const badges = [meta[META_KEYS.kind], meta[META_KEYS.modelType], meta[META_KEYS.sector], localities[0]].filter((b): b is string => Boolean(b && b.trim()));
  const card: ResultCard = {
    url: data.url,
    title: meta.title?.trim() || data.url,
    excerptHtml: data.excerpt,
    badges,
  };
  const iso = meta[META_KEYS.date];
  const parsed = iso ? parsePartialDate(iso) : undefined;
  if (iso && parsed && typeof parsed !== 'string') card.date = { iso, text: formatDateShort(parsed) };
  const image = meta[META_KEYS.image];
  if (image) card.image = image;
  return card;
}

/** "Tìm thấy 3 kết quả cho “rừng”." — the sentence the live region announces. */
export function resultSummary(count: number, q: string): string {
  const words = q.trim();
  const found = count === 0 ? 'Không tìm thấy kết quả nào' : `Tìm thấy ${count} kết quả`;
  return words ? `${found} cho “${words}”.` : `${found}.`;
}
