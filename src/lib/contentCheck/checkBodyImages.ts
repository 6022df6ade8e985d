/**
 * Checks every photo a Markdown body shows: `![alt](src)`, reference-style `![alt][ref]` and
 * `<img src>` in raw HTML, found by the same Markdown engine the build renders with (so
 * code blocks and escaped text are not mistaken for images). A photo must be a file in the
 * entry's own folder, of a format the site renders (checkImage), and have a description.
 */
import { markdownToMdast, type MdastNode } from 'satteri';
import { rawHtmlTokens, lineAt } from '../rawHtmlTokens';
import { visibleText } from '../../schema/textRules';
import { checkImage, imagePath, UPLOAD_BESIDE } from './checkImage';
import type { Problem } from './problem';
import type { RawEntry } from './readEntries';

export interface BodyImage {
  src: string;
  /** Undefined when the tag has no alt at all. */
  alt: string | undefined;
  /** 1-based line in the body. */
  line: number;
}

type Node = MdastNode & { children?: Node[]; url?: string; alt?: string | null; identifier?: string; value?: string };

function walk(node: Node, visit: (node: Node) => void): void {
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}

export function findBodyImages(body: string): BodyImage[] {
  const tree = markdownToMdast(body, { features: { gfm: true, frontmatter: false } }) as Node;
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

async function fileProblem(entry: RawEntry, { src }: BodyImage): Promise<string | undefined> {
  if (isBlank(src)) return `có thẻ ảnh không ghi đường dẫn ảnh; ${UPLOAD_BESIDE}`;
  let file: string;
  try {
    file = decodeURI(src);
  } catch {
    return `đường dẫn ảnh "${src}" có mã %… không hợp lệ; hãy đổi tên tệp ảnh cho gọn (chữ thường, không dấu) rồi ghi lại`;
  }
  // The same rules as a cover: a raster photo right beside index.md, not a link, decoding whole.
  return checkImage(imagePath(entry.path, file), src);
}

function altProblem({ src, alt }: BodyImage): string | undefined {
  if (alt !== undefined && !isBlank(alt)) return undefined;
  return `ảnh "${src}" thiếu mô tả (alt) cho người khiếm thị; hãy viết một câu tả ảnh: ![mô tả ảnh](${src})`;
}

export async function checkBodyImages(entry: RawEntry, problems: Problem[]): Promise<void> {
  if (!entry.body.trim()) return;
  const images = findBodyImages(entry.body);
  if (images.length === 0) return;
  const offset = entry.bodyLine - 1;
  for (const image of images) {
    for (const message of [await fileProblem(entry, image), altProblem(image)]) {
      if (message) problems.push({ file: entry.file, message: `ảnh trong nội dung, dòng ${image.line + offset}: ${message}` });
    }
  }
}
