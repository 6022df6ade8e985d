/**
 * What a typed text may contain, in the words an editor reads. Text pasted from Word,
 * PDFs or chat apps brings characters nobody sees: a title of zero-width spaces looks
 * filled but is empty, a control character breaks the RSS feed, and bidirectional
 * controls can make a text read differently from what it holds.
 */

/** Characters that take no visible space: zero-width spaces and joiners, BOM, soft hyphen, fillers. */
const INVISIBLE = /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u2060-\u2064\u3164\uFE00-\uFE0F\uFEFF\uFFA0]/g;
/** C0 and C1 control characters except tab and line breaks. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
/** Embedding, override and isolate controls that reorder how text is displayed. */
const BIDI = /[\u202A-\u202E\u2066-\u2069]/;
const LINE_BREAK = /[\r\n\u2028\u2029]/;

/** True when the text holds a control character (tab and line breaks excepted). */
export const hasControlCharacter = (text: string) => CONTROL.test(text);

/** True when the text holds a control that reorders how text is displayed. */
export const hasBidiControl = (text: string) => BIDI.test(text);

/** The text without invisible characters and surrounding spaces: what a reader would see. */
export const visibleText = (text: string) => text.replace(INVISIBLE, '').trim();

/** The first thing wrong with a text, or undefined when it may be published as typed. */
export function textProblem(text: string, { multiline = false, maxLength }: { multiline?: boolean; maxLength: number }): string | undefined {
  if (hasControlCharacter(text)) return 'có ký tự điều khiển ẩn (thường do dán từ tệp khác); hãy xoá đoạn đó và gõ lại';
  if (hasBidiControl(text)) return 'có ký tự ẩn đảo chiều chữ; hãy xoá đoạn đó và gõ lại';
  if (!multiline && LINE_BREAK.test(text)) return 'chỉ được viết trên một dòng';
  if (visibleText(text) === '') return 'không được để trống';
  if (text.length > maxLength) return `dài quá ${maxLength} ký tự (hiện có ${text.length})`;
  return undefined;
}

/** A list item becomes a URL (tags) or a name: it needs at least one letter or digit, accents allowed. */
export const hasLetterOrDigit = (text: string) => /[a-z0-9đ]/i.test(text.normalize('NFD'));
