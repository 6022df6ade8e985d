/**
 * Checks every photo a Markdown body shows: `![alt](src)`, reference-style `![alt][ref]` and
 * `<img src>` in raw HTML, found by the same Markdown engine the build renders with (so
 * code blocks and escaped text are not mistaken for images). A photo must be a file in the
 * entry's own folder, of a format the site renders (checkImage), and have a description.
 */
import { realpath } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import { markdownToMdast, type MdastNode } from 'satteri';
import { rawHtmlTokens, lineAt } from '../../markdown/rawHtmlTokens';
import { bodyStartLine } from './bodyStartLine';
import { checkImage, imagePath } from './checkImage';
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

const UPLOAD = 'hãy tải ảnh lên cạnh bài (cùng thư mục với index.md) và ghi đường dẫn dạng ./ten-anh.jpg';

/** Blank includes text of only invisible characters, which a screen reader reads as nothing. */
const isBlank = (text: string) => text.replace(/[\s\u200b-\u200d\u2060\ufeff]/g, '') === '';

async function fileProblem(entry: RawEntry, image: BodyImage): Promise<string | undefined> {
  const { src } = image;
  if (isBlank(src)) return `có thẻ ảnh không ghi đường dẫn ảnh; ${UPLOAD}`;
  if (/^(https?:)?\/\//i.test(src)) return `"${src}" là ảnh trên trang khác, trang web không được phép tải ảnh từ nơi khác; ${UPLOAD}`;
  if (/^[a-z][a-z0-9+.-]*:/i.test(src)) return `"${src.slice(0, 60)}" không phải là tệp ảnh; ${UPLOAD}`;
  if (src.startsWith('/') || src.startsWith('\\')) return `"${src}" là đường dẫn ngoài thư mục của bài; ${UPLOAD}`;
  let file: string;
  try {
    file = decodeURI(src);
  } catch {
    return `đường dẫn ảnh "${src}" có mã %… không hợp lệ; hãy đổi tên tệp ảnh cho gọn (chữ thường, không dấu) rồi ghi lại`;
  }
  const folder = resolve(entry.path, '..');
  const path = imagePath(entry.path, file);
  const real = await realpath(path).catch(() => path);
  const realFolder = await realpath(folder).catch(() => folder);
  const outside = (inner: string, outer: string) => relative(outer, inner).split(sep)[0] === '..';
  if (outside(path, folder) || outside(real, realFolder)) return `ảnh "${src}" nằm ngoài thư mục của bài; ${UPLOAD}`;
  return checkImage(path, src);
}

function altProblem({ src, alt }: BodyImage): string | undefined {
  if (alt !== undefined && !isBlank(alt)) return undefined;
  return `ảnh "${src}" thiếu mô tả (alt) cho người khiếm thị; hãy viết một câu tả ảnh: ![mô tả ảnh](${src})`;
}

export async function checkBodyImages(entry: RawEntry, problems: Problem[]): Promise<void> {
  if (!entry.body.trim()) return;
  const images = findBodyImages(entry.body);
  if (images.length === 0) return;
  const offset = (await bodyStartLine(entry)) - 1;
  for (const image of images) {
    for (const message of [await fileProblem(entry, image), altProblem(image)]) {
      if (message) problems.push({ file: entry.file, message: `ảnh trong nội dung, dòng ${image.line + offset}: ${message}` });
    }
  }
}
