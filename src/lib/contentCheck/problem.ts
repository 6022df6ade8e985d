/** One thing wrong with one content file, in words an editor can act on. */
export interface Problem {
  /** Path relative to the project root, e.g. content/models/abc/index.md. */
  file: string;
  /** Front-matter field, e.g. "locality" or "cover.alt"; absent for whole-file problems. */
  field?: string | undefined;
  /** The field's Vietnamese label, when known. */
  label?: string | undefined;
  message: string;
}

/** All problems as one block of text: one line each, file first. */
export function formatProblems(problems: readonly Problem[]): string {
  const lines = problems.map((p) => {
    const where = p.field ? ` — trường "${p.field}"${p.label ? ` (${p.label})` : ''}` : '';
    return `  • ${p.file}${where}: ${p.message}`;
  });
  return [`Nội dung có ${problems.length} lỗi; trang chưa được dựng, không có gì được đăng dở:`, ...lines].join('\n');
}
