/**
 * What the search index keeps of one built page: read from its `data-pagefind-body` region
 * and the hidden elements of SearchIndexMeta.astro (the same markup Pagefind reads), in one
 * parse. `text` is what the page shows (for excerpts); `searchable` is every word the page
 * is found by: its metadata (place names), its text and the other forms of its abbreviations.
 */
import { fromHtml } from 'hast-util-from-html';
import { aliasForms, type Alias } from './aliases';
import { DATE_SORT_KEY } from './facets';
import { all, has, metaTexts, outermost, textOf, tidy } from './indexedText';

export interface PageRecord {
  url: string;
  /** The first heading of the indexed region (else the document title). */
  title: string;
  /** Shown on the result card: kind, type, sector, places, date, image (see META_KEYS). */
  meta: Record<string, string>;
  /** Facet values by facet key. */
  filters: Record<string, string[]>;
  /** The date sort value (dateSortValue): pages are numbered by it, newest first. */
  sort: string;
  text: string;
  searchable: string;
}

/** The record of an indexed page, or undefined for a page without a `data-pagefind-body` region. */
export function pageRecord(html: string, url: string, aliases: readonly Alias[] = []): PageRecord | undefined {
  const tree = fromHtml(html);
  const bodies = outermost(tree, (e) => has(e, 'dataPagefindBody'));
  if (bodies.length === 0) return undefined;
  const record: PageRecord = { url, title: '', meta: {}, filters: {}, sort: '', text: '', searchable: '' };
  const texts: string[] = [];
  const metas: string[] = [];
  for (const body of bodies) {
    for (const element of all(body, (e) => has(e, 'dataPagefindFilter'))) {
      const value = tidy(textOf(element));
      if (value) (record.filters[String(element.properties.dataPagefindFilter)] ??= []).push(value);
    }
    for (const element of all(body, (e) => has(e, 'dataPagefindMeta'))) {
      // "key", "key:value" or "key[data-src]" (the value from that attribute).
      const spec = String(element.properties.dataPagefindMeta);
      const attribute = /^([^[:]+)\[([^\]]+)\]$/.exec(spec);
      const inline = /^([^[:]+):([\s\S]*)$/.exec(spec);
      if (attribute) {
        const name = attribute[2]!.replace(/^data-/, '').replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
        const value = element.properties[`data${name[0]!.toUpperCase()}${name.slice(1)}`];
        if (value != null) record.meta[attribute[1]!] = String(value);
      } else if (inline) record.meta[inline[1]!] = inline[2]!;
      else record.meta[spec] = tidy(textOf(element));
    }
    for (const element of all(body, (e) => String(e.properties.dataPagefindSort ?? '') === DATE_SORT_KEY)) record.sort = tidy(textOf(element));
    const heading = all(body, (e) => e.tagName === 'h1')[0];
    if (!record.title && heading) record.title = tidy(textOf(heading));
    metas.push(...metaTexts(body));
    texts.push(tidy(textOf(body, (e) => has(e, 'dataPagefindIgnore'))));
  }
  if (!record.title)
    record.title = tidy(
      all(tree, (e) => e.tagName === 'title')
        .map((e) => textOf(e))
        .join(' '),
    );
  record.text = texts.filter(Boolean).join(' ');
  const indexed = [...metas, record.text].filter(Boolean).join(' ');
  // Each alias form its own run, so no pair token joins words that are not neighbours.
  record.searchable = [indexed, ...aliasForms(indexed, aliases)].join(' . ');
  return record;
}
