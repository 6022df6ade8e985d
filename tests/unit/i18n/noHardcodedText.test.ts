/**
 * Keeps the strings seam from eroding: the templates and the few modules that write page
 * text must take their words from `src/i18n/` (or the field definitions), never spell them.
 * The search UI, the CMS page and the content check are outside this seam.
 */
import { describe, expect, it } from 'vitest';
import { sourceFiles, type SourceFile } from '../../support/sourceFiles';

const EXCLUDED = ['src/pages/tim-kiem/', 'src/pages/admin/', 'src/components/search/'];
const files = [
  ...sourceFiles(['src/pages', 'src/layouts', 'src/components'], ['.astro', '.ts'], EXCLUDED),
  ...sourceFiles(['src/lib'], ['structuredData.ts', 'formatDate.ts', 'breadcrumbTrail.ts']),
];

/** Lines allowed to hold Vietnamese, each with its reason: messages for developers and translators, not page text. */
const ALLOWED = [{ path: 'src/components/Phrase.astro', line: 'throw new Error(', reason: 'the build error naming a placeholder no slot fills' }];

/** A Vietnamese letter: a vowel with a diacritic, đ, or a combining mark. */
const VIETNAMESE_LETTER = /[ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúýĂăĐđĨĩŨũƠơƯư\u0300-\u0323\u1EA0-\u1EF9]/u;
/** The language code written out instead of read from SITE.lang. */
const LANGUAGE_CODE = /(["'`])vi\1|>vi</;

/** The code without comments and import lines; blanked in place so line numbers stay true. */
function codeOnly(text: string): string {
  const blank = (match: string) => match.replace(/[^\n]/g, ' ');
  return text
    .replace(/\/\*[\s\S]*?\*\//g, blank)
    .replace(/<!--[\s\S]*?-->/g, blank)
    .replace(/(?<![:"'`\w])\/\/.*$/gm, blank)
    .replace(/^\s*import\s.*$/gm, blank);
}

const isAllowed = (path: string, line: string) => ALLOWED.some((a) => a.path === path && line.includes(a.line));

function offendingLines(file: SourceFile, pattern: RegExp): string[] {
  return codeOnly(file.text)
    .split('\n')
    .flatMap((line, i) => (pattern.test(line) && !isAllowed(file.path, line) ? [`${file.path}:${i + 1}: ${line.trim()}`] : []));
}

describe('interface text lives in src/i18n, not in templates', () => {
  it('scans the pages, layouts and components', () => {
    expect(files.map((f) => f.path)).toEqual(expect.arrayContaining(['src/layouts/BaseLayout.astro', 'src/components/FactsBox.astro', 'src/pages/rss.xml.ts']));
    expect(files.some((f) => EXCLUDED.some((prefix) => f.path.startsWith(prefix)))).toBe(false);
  });

  it('finds Vietnamese text written in a template, and not in comments', () => {
    const sample = { path: 'x.astro', text: '---\n/** Trang chủ */\nimport A from "./Đ.astro";\n---\n<!-- về -->\n<p>Tin tức</p>' };
    expect(offendingLines(sample, VIETNAMESE_LETTER)).toEqual(['x.astro:6: <p>Tin tức</p>']);
  });

  it('has no Vietnamese words outside src/i18n and the field definitions', () => {
    expect(files.flatMap((f) => offendingLines(f, VIETNAMESE_LETTER))).toEqual([]);
  });

  it('writes the language code only through SITE.lang', () => {
    expect(files.flatMap((f) => offendingLines(f, LANGUAGE_CODE))).toEqual([]);
  });
});
