/**
 * Finds raw HTML in a Markdown body that the Markdown engine runs on to the end of the body
 * (or of its quote or list item): an unclosed `<!--`, `<pre>`, `<script>`, `<style>`,
 * `<textarea>`, `<?`, `<!X` or `<![CDATA[`. The renderer shows such a block as text, so no
 * word is lost, but everything after it would be published as raw Markdown: the build stops
 * and names the line instead, as it does for nesting deeper than the engine can render
 * (bodyDepth.ts). Every other HTML mistake stays in its own block (see
 * src/markdown/rawHtmlSpans.ts) and needs no error.
 */
import { MAX_BODY_DEPTH, tooDeepLine } from './bodyDepth';
import type { BodyNode as Node } from './bodyTree';

/** The CommonMark HTML block kinds that end only at a closing marker, never at a blank line. */
const OPEN_ENDED: { opener: RegExp; closer: (opening: string) => string }[] = [
  { opener: /^<(script|pre|style|textarea)(?=[\s>]|$)/i, closer: (opening) => `</${opening.slice(1).toLowerCase()}>` },
  { opener: /^<!--/, closer: () => '-->' },
  { opener: /^<\?/, closer: () => '?>' },
  { opener: /^<!\[CDATA\[/, closer: () => ']]>' },
  { opener: /^<![a-z]/i, closer: () => '>' },
];

export interface OpenEndedBlock {
  opening: string;
  closer: string;
  /** 1-based line in the body. */
  line: number;
}

/**
 * HTML blocks that run past a blank line without their closing marker. CommonMark (and the
 * CMS's parser) ends a block at the first closer whatever its case, `</PRE>` too; the site's
 * engine only at a lower-case one and swallows the rest. So a block counts as closed only by
 * a lower-case closer that ends the block: the rule reads the same on either parser's tree.
 */
export function findOpenEndedHtml(tree: Node): OpenEndedBlock[] {
  const found: OpenEndedBlock[] = [];
  const visit = (node: Node, inFlow: boolean) => {
    const value = node.value ?? '';
    for (const kind of inFlow && node.type === 'html' ? OPEN_ENDED : []) {
      const opening = kind.opener.exec(value)?.[0];
      if (!opening) continue;
      const closer = kind.closer(opening);
      const closedAt = value.toLowerCase().indexOf(closer, opening.length);
      const lineEnd = closedAt === -1 ? -1 : value.indexOf('\n', closedAt);
      const lowerCase = closedAt !== -1 && value.startsWith(closer, closedAt);
      if (lowerCase && (lineEnd === -1 || value.slice(lineEnd).trim() === '')) break;
      found.push({ opening, closer, line: node.position?.start.line ?? 1 });
      break;
    }
    // Raw HTML directly in the body, a quote or a list item is a block; inside a paragraph it is inline.
    const flow = node.type === 'root' || node.type === 'blockquote' || node.type === 'listItem';
    for (const child of node.children ?? []) visit(child, flow);
  };
  visit(tree, false);
  return found;
}

/** Nesting too deep to render and HTML blocks that would swallow the rest, one message each; `firstLine` is the body's first line. */
export function bodyHtmlProblems(tree: Node, firstLine: number): string[] {
  const offset = firstLine - 1;
  const problems: string[] = [];
  const deepLine = tooDeepLine(tree);
  if (deepLine !== undefined) {
    problems.push(
      `nội dung dòng ${deepLine + offset}: lồng nhau quá ${MAX_BODY_DEPTH} lớp (trích dẫn, danh sách, chữ đậm/nghiêng hay thẻ HTML lồng trong nhau); hãy bỏ bớt các lớp lồng`,
    );
  }
  for (const { opening, closer, line } of findOpenEndedHtml(tree)) {
    problems.push(
      `nội dung dòng ${line + offset}: "${opening}" mở một khối HTML không được đóng bằng "${closer}", nên toàn bộ phần sau sẽ hiện thành mã thay vì bài viết; hãy thêm "${closer}" (viết thường) ở cuối khối đó hoặc xoá "${opening}"`,
    );
  }
  return problems;
}
