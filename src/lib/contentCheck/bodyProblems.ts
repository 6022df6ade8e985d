/**
 * Every rule a Markdown body must keep to be published, in the order the build reports them:
 * not empty when the collection needs a body, NFC letters, no hidden control or
 * direction-reversing characters, photos beside the entry with a description, nesting the
 * engine can render, no HTML block that would swallow the rest. One source for the build's
 * content check (checkContent.ts) and the CMS's save hook (src/lib/cms/savedBodyProblems.ts):
 * they differ only in how they parse the body and where they look for photo files.
 */
import type { BodyDef } from '../../schema/collectionTypes';
import { hasBidiControl, hasControlCharacter } from '../../schema/textRules';
import type { ParseBody } from './bodyTree';
import { bodyHtmlProblems } from './checkBodyHtml';
import { bodyImageProblems, type PhotoFileProblem } from './checkBodyImages';

export interface BodyCheck {
  /** The site's engine in the build, a pure-JS parser in the browser. */
  parse: ParseBody;
  photoFile: PhotoFileProblem;
  /** Line the body starts on: in the file (build), or 1 in the CMS, which has only the body. */
  firstLine: number;
}

/** The body as typed: NFC letters (search and sorting depend on it) and no hidden characters. */
export function bodyTextProblems(body: string, firstLine: number): string[] {
  const lines = body.split('\n');
  const problems: string[] = [];
  const nfd = lines.findIndex((line) => line !== line.normalize('NFC'));
  if (nfd >= 0) {
    problems.push(`dòng ${firstLine + nfd} có chữ chưa chuẩn Unicode dựng sẵn (NFC); gõ lại đoạn đó hoặc chạy "npm run content:nfc"`);
  }
  const control = lines.findIndex(hasControlCharacter);
  if (control >= 0) problems.push(`dòng ${firstLine + control} có ký tự điều khiển ẩn (thường do dán từ tệp khác); hãy xoá đoạn đó và gõ lại`);
  // A right-to-left override can make a sentence read differently from what it holds.
  const bidi = lines.findIndex(hasBidiControl);
  if (bidi >= 0) problems.push(`dòng ${firstLine + bidi} có ký tự ẩn đảo chiều chữ (thường do dán từ tệp khác); hãy xoá đoạn đó và gõ lại`);
  return problems;
}

/** Every thing wrong with a body, one Vietnamese message each; empty when it may be published. */
export async function bodyProblems(body: string, collection: { noun: string; body?: BodyDef | undefined }, check: BodyCheck): Promise<string[]> {
  const problems: string[] = [];
  if (collection.body?.required && body.trim() === '') {
    problems.push(`${collection.noun} chưa có nội dung: hãy viết nội dung sau phần thông tin`);
  }
  problems.push(...bodyTextProblems(body, check.firstLine));
  if (body.trim() === '') return problems;
  const tree = check.parse(body);
  problems.push(...(await bodyImageProblems(tree, check.firstLine, check.photoFile)));
  problems.push(...bodyHtmlProblems(tree, check.firstLine));
  return problems;
}
