/** Types of the part of measureOutput.mjs the browser tests use (the page-weight check). */
interface Compressed {
  raw: number;
  gzip: number;
  brotli: number;
}
export function pageWeight(
  dist: string,
  urlPath: string,
): Promise<{
  path: string;
  html: Compressed & { inlineCssBytes: number };
  css: Compressed & { files: number };
  js: Compressed & { files: number; inline: number };
}>;
