/** What a built page says about itself in its head: title, description and canonical URL. */
import { parseTags } from './linkCheck';

export interface PageHead {
  title: string;
  description: string | undefined;
  canonical: string | undefined;
}

export function pageHead(html: string): PageHead {
  const tags = parseTags(html);
  const title = tags.find((t) => t.name === 'title')?.text ?? '';
  const description = tags.find((t) => t.name === 'meta' && t.attributes.get('name')?.toLowerCase() === 'description');
  const canonical = tags.find((t) => t.name === 'link' && (t.attributes.get('rel') ?? '').toLowerCase().split(/\s+/).includes('canonical'));
  return {
    title: title.replace(/\s+/g, ' ').trim(),
    description: description?.attributes.get('content')?.trim(),
    canonical: canonical?.attributes.get('href'),
  };
}

/**
 * What is missing or wrong in the head of the page served at `path`: an empty title or
 * description, or a canonical URL that is not absolute on `origin` with this very path
 * (`ownCanonical: false` for pages such as 404 that are served at any path).
 */
export function headProblems(path: string, head: PageHead, origin: string, ownCanonical = true): string[] {
  const problems: string[] = [];
  if (head.title === '') problems.push('has an empty or missing <title>');
  if (!head.description) problems.push('has no meta description');
  if (head.canonical === undefined) {
    problems.push('has no canonical URL');
    return problems;
  }
  let canonical: URL;
  try {
    canonical = new URL(head.canonical);
  } catch {
    problems.push(`has a canonical URL that is not absolute: "${head.canonical}"`);
    return problems;
  }
  if (canonical.origin !== origin) problems.push(`has a canonical URL on ${canonical.origin}, not ${origin}`);
  if (ownCanonical && decodeURIComponent(canonical.pathname) !== decodeURIComponent(path)) {
    problems.push(`has a canonical URL for ${canonical.pathname}, not its own path`);
  }
  return problems;
}
