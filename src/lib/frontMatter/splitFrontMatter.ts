/**
 * Finds the front matter of a Markdown file by the rules of Astro's own parser
 * (`@astrojs/internal-helpers/frontmatter`), so the content check, the CMS and the build
 * always agree on where it ends: an optional BOM or blank lines, then `---`, the YAML,
 * and the first line that starts with `---` closes it. Where Astro would quietly read
 * something other than what was meant (`---` followed by text, `+++` TOML, no closing
 * line), this refuses with a Vietnamese message instead.
 */

export interface FrontMatterParts {
  /** The YAML between the two `---` lines, line endings as written. */
  yaml: string;
  /** 1-based line of the file on which the YAML starts, so YAML errors name the file's own line. */
  yamlLine: number;
  /** Everything after the closing `---` line. */
  body: string;
  /** The file's line ending, kept when the CMS writes the file back. */
  eol: '\n' | '\r\n';
}

export type SplitResult = { ok: true; parts: FrontMatterParts } | { ok: false; message: string; line?: number };

const FENCE = '---';
/** A fence line: three dashes, then nothing but spaces or tabs. */
const isFence = (line: string) => line.startsWith(FENCE) && line.slice(FENCE.length).trim() === '';

export function splitFrontMatter(content: string): SplitResult {
  const text = content.startsWith('\uFEFF') ? content.slice(1) : content;
  const eol = /\r\n/.test(text.slice(0, text.indexOf('\n') + 1)) ? '\r\n' : '\n';
  // Lines with their endings, so the body is sliced back exactly as written.
  const lines = text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
  const bare = (i: number) => (lines[i] ?? '').replace(/\r?\n$/, '');
  let open = 0;
  while (open < lines.length && bare(open).trim() === '') open++;
  const first = bare(open);
  if (first.startsWith('+++')) {
    return { ok: false, line: open + 1, message: 'phần thông tin phải viết bằng YAML giữa hai dòng ---, không dùng +++ (TOML)' };
  }
  if (!first.startsWith(FENCE)) {
    return { ok: false, message: 'thiếu phần thông tin ở đầu tệp (giữa hai dòng ---)' };
  }
  if (!isFence(first)) {
    return { ok: false, line: open + 1, message: `dòng ${open + 1} phải chỉ có ba gạch --- để mở phần thông tin, không kèm chữ khác` };
  }
  for (let i = open + 1; i < lines.length; i++) {
    // Astro ends the front matter at the first line starting with ---, whatever follows it.
    if (!bare(i).startsWith(FENCE)) continue;
    if (!isFence(bare(i))) {
      return { ok: false, line: i + 1, message: `dòng ${i + 1} bắt đầu bằng --- nên sẽ cắt ngang phần thông tin; dòng đóng chỉ được có ba gạch ---` };
    }
    return {
      ok: true,
      parts: { yaml: lines.slice(open + 1, i).join(''), yamlLine: open + 2, body: lines.slice(i + 1).join(''), eol },
    };
  }
  return { ok: false, line: open + 1, message: 'phần thông tin mở bằng --- nhưng không có dòng --- đóng lại' };
}
