/**
 * Keeps the allowed tags of a piece of raw HTML and turns every other piece of markup into
 * the text the editor typed: `Lực lượng <ANTT> cơ sở` reads exactly so on the page, and a
 * `<script>` or `<iframe>` shows as its source instead of vanishing or running. Closed
 * `<!-- comments -->` are kept for the sanitiser to drop (an editor's hidden note); an
 * unclosed `<!--`, a `<!DOCTYPE>`, `<?…?>` or `<![CDATA[…]]>` shows as text, as does a
 * tag cut off at the end of the block.
 */
import { rawHtmlTokens, type MarkupToken } from '../lib/rawHtmlTokens';

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** Is this token markup the page may keep (the rest becomes text)? */
export function isKeptMarkup(token: MarkupToken, allowedTags: ReadonlySet<string>): boolean {
  if (token.kind === 'comment') return true;
  return (token.kind === 'start' || token.kind === 'end') && allowedTags.has(token.name);
}

export function rawHtmlAsText(html: string, allowedTags: ReadonlySet<string>): string {
  let out = '';
  let at = 0;
  for (const token of rawHtmlTokens(html)) {
    // Text between tokens keeps its character references (`&lt;` is still "<" to the reader);
    // a `<` the tokenizer read as text, or a tag cut off at the end, stays text.
    out += html.slice(at, token.start).replace(/</g, '&lt;');
    const source = html.slice(token.start, token.end);
    out += isKeptMarkup(token, allowedTags) ? source : escapeText(source);
    at = token.end;
  }
  return out + html.slice(at).replace(/</g, '&lt;');
}
