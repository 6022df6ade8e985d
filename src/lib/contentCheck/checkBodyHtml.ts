/**
 * Finds raw HTML in a Markdown body that the Markdown parser runs on to the end of the body
 * (or of its quote or list item): an unclosed `<!--`, `<pre>`, `<script>`, `<style>`,
 * `<textarea>`, `<?`, `<!X` or `<![CDATA[`. The renderer shows such a block as text, so no
 * word is lost, but everything after it would be published as raw Markdown: the build stops
 * and names the line instead, as it does for nesting deeper than the engine can render
 * (bodyDepth.ts). Every other HTML mistake stays in its own block (see
 * src/markdown/rawHtmlSpans.ts) and needs no error.
 */
import { markdownToMdast, type MdastNode } from 'satteri';
import { MAX_BODY_DEPTH, tooDeepLine } from './bodyDepth';
import type { Problem } from './problem';
import type { RawEntry } from './readEntries';

type Node = MdastNode & { children?: Node[]; value?: string };

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

/** HTML blocks that run past a blank line without their closing marker. */
export function findOpenEndedHtml(body: string): OpenEndedBlock[] {
  const found: OpenEndedBlock[] = [];
  const visit = (node: Node, inFlow: boolean) => {
    const value = node.value ?? '';
    for (const kind of inFlow && node.type === 'html' ? OPEN_ENDED : []) {
      const opening = kind.opener.exec(value)?.[0];
      if (!opening) continue;
      const closer = kind.closer(opening);
      // CommonMark ends the block on the line of the first closer, whatever its case; the
      // engine only ends it at a lower-case one, so anything after that line was swallowed.
      const closedAt = value.toLowerCase().indexOf(closer, opening.length);
      const lineEnd = closedAt === -1 ? -1 : value.indexOf('\n', closedAt);
      if (closedAt !== -1 && (lineEnd === -1 || value.slice(lineEnd).trim() === '')) break;
      found.push({ opening, closer, line: node.position?.start.line ?? 1 });
      break;
    }
    // Raw HTML directly in the body, a quote or a list item is a block; inside a paragraph it is inline.
    const flow = node.type === 'root' || node.type === 'blockquote' || node.type === 'listItem';
    for (const child of node.children ?? []) visit(child, flow);
  };
  visit(markdownToMdast(body, { features: { gfm: true, frontmatter: false } }) as Node, false);
  return found;
}

export async function checkBodyHtml(entry: RawEntry, problems: Problem[]): Promise<void> {
  const blocks = entry.body.includes('<') ? findOpenEndedHtml(entry.body) : [];
  const deepLine = tooDeepLine(entry.body);
  if (blocks.length === 0 && deepLine === undefined) return;
  const offset = entry.bodyLine - 1;
  if (deepLine !== undefined) {
    problems.push({
      file: entry.file,
      message: `nội dung dòng ${deepLine + offset}: lồng nhau quá ${MAX_BODY_DEPTH} lớp (trích dẫn, danh sách, chữ đậm/nghiêng hay thẻ HTML lồng trong nhau); hãy bỏ bớt các lớp lồng`,
    });
  }
  for (const { opening, closer, line } of blocks) {
    problems.push({
      file: entry.file,
      message: `nội dung dòng ${line + offset}: "${opening}" mở một khối HTML không được đóng bằng "${closer}", nên toàn bộ phần sau sẽ hiện thành mã thay vì bài viết; hãy thêm "${closer}" (viết thường) ở cuối khối đó hoặc xoá "${opening}"`,
    });
  }
}
