/**
 * The markup in a piece of raw HTML an editor typed into a Markdown body, as the browser's
 * tokenizer (parse5) reads it: each tag, comment and declaration with where it starts and
 * ends in the source. Everything between them is text. The tokenizer stays in its data
 * state throughout (no `<script>`/`<style>` raw-text switching): the renderer turns every
 * such element into text anyway, so this is also how the rendered page reads it.
 */
import { Tokenizer, type Token } from 'parse5';

export interface MarkupToken {
  kind: 'start' | 'end' | 'comment' | 'other';
  /** Lower-case tag name for start and end tags; '' otherwise. */
  name: string;
  /** Attributes of a start tag, names lower-case, values decoded. */
  attrs: Record<string, string>;
  /** Offsets in the source: [start, end). */
  start: number;
  end: number;
}

export function rawHtmlTokens(html: string): MarkupToken[] {
  const tokens: MarkupToken[] = [];
  const push = (kind: MarkupToken['kind'], token: Token.TagToken | Token.CommentToken | Token.DoctypeToken) => {
    const at = token.location;
    if (!at) return;
    const isTag = 'tagName' in token;
    const attrs = isTag ? Object.fromEntries(token.attrs.map((a) => [a.name, a.value])) : {};
    tokens.push({ kind, name: isTag ? token.tagName : '', attrs, start: at.startOffset, end: at.endOffset });
  };
  const tokenizer = new Tokenizer(
    { sourceCodeLocationInfo: true },
    {
      onStartTag: (t) => push('start', t),
      onEndTag: (t) => push('end', t),
      // `<!-- -->` is a comment; `<?php ?>`, `<![CDATA[ ]]>` and `<!x>` are "bogus comments":
      // only a well-formed, closed `<!-- … -->` counts as a comment here.
      onComment: (t) => push(isClosedComment(html, t) ? 'comment' : 'other', t),
      onDoctype: (t) => push('other', t),
      onCharacter: () => undefined,
      onNullCharacter: () => undefined,
      onWhitespaceCharacter: () => undefined,
      onEof: () => undefined,
    },
  );
  tokenizer.write(html, true);
  return tokens;
}

function isClosedComment(html: string, token: Token.CommentToken): boolean {
  const at = token.location;
  if (!at) return false;
  const source = html.slice(at.startOffset, at.endOffset);
  return source.startsWith('<!--') && /--!?>$/.test(source) && source.length >= '<!---->'.length;
}

/** 1-based line of `offset` in `text`. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line += 1;
  return line;
}
