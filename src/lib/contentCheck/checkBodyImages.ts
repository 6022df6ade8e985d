/**
 * Checks every photo a Markdown body shows: `![alt](src)`, reference-style `![alt][ref]` and
 * `<img src>` in raw HTML, found in the body's syntax tree (so code blocks and escaped text
 * are not mistaken for images). A photo must be a file in the entry's own folder, of a
 * format the site renders, and have a description. Whether the file is there and whole is
 * asked of the caller: the build looks on disk (checkImage.ts), the CMS at the entry's uploads.
 */
import { rawHtmlTokens, lineAt } from '../rawHtmlTokens';
import { visibleText } from '../../schema/textRules';
import { type BodyNode as Node, walk } from './bodyTree';
import { photoPathProblem, UPLOAD_BESIDE } from './photoPath';

export interface BodyImage {
  src: string;
  /** Undefined when the tag has no alt at all. */
  alt: string | undefined;
  /** 1-based line in the body. */
  line: number;
}

/** The file's part of a photo's check, once its path is fine: `file` is the path decoded, `src` as written. */
export type PhotoFileProblem = (file: string, src: string) => Promise<string | undefined>;

export function findBodyImages(tree: Node): BodyImage[] {
  const definitions = new Map<string, string>();
  walk(tree, (node) => {
    if (node.type === 'definition' && node.identifier && !definitions.has(node.identifier)) definitions.set(node.identifier, node.url ?? '');
  });
  const images: BodyImage[] = [];
  walk(tree, (node) => {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'image') images.push({ src: node.url ?? '', alt: node.alt ?? '', line });
    if (node.type === 'imageReference' && node.identifier && definitions.has(node.identifier)) {
      images.push({ src: definitions.get(node.identifier) ?? '', alt: node.alt ?? '', line });
    }
    if (node.type === 'html' && node.value) {
      for (const token of rawHtmlTokens(node.value)) {
        if (token.kind !== 'start' || token.name !== 'img') continue;
        images.push({ src: token.attrs.src ?? '', alt: token.attrs.alt, line: line + lineAt(node.value, token.start) - 1 });
      }
    }
  });
  return images;
}

/** Blank includes text of only invisible characters, which a screen reader reads as nothing. */
const isBlank = (text: string) => visibleText(text) === '';

async function fileProblem({ src }: BodyImage, photoFile: PhotoFileProblem): Promise<string | undefined> {
  if (isBlank(src)) return `có thẻ ảnh không ghi đường dẫn ảnh; ${UPLOAD_BESIDE}`;
  let file: string;
  try {
    file = decodeURI(src);
  } catch {
    return `đường dẫn ảnh "${src}" có mã %… không hợp lệ; hãy đổi tên tệp ảnh cho gọn (chữ thường, không dấu) rồi ghi lại`;
  }
  // The same rules as a cover: a raster photo right beside index.md, not a link, decoding whole.
  return photoPathProblem(src) ?? (await photoFile(file, src));
}

function altProblem({ src, alt }: BodyImage): string | undefined {
  if (alt !== undefined && !isBlank(alt)) return undefined;
  return `ảnh "${src}" thiếu mô tả (alt) cho người khiếm thị; hãy viết một câu tả ảnh: ![mô tả ảnh](${src})`;
}

/** One message per thing wrong with a body's photos; `firstLine` is the body's first line. */
export async function bodyImageProblems(tree: Node, firstLine: number, photoFile: PhotoFileProblem): Promise<string[]> {
  const problems: string[] = [];
  for (const image of findBodyImages(tree)) {
    for (const message of [await fileProblem(image, photoFile), altProblem(image)]) {
      if (message) problems.push(`ảnh trong nội dung, dòng ${image.line + firstLine - 1}: ${message}`);
    }
  }
  return problems;
}
