/**
 * Lists what could execute in an HTML fragment, judged on the parsed tree the way a
 * browser sees it (text that merely looks like a tag is harmless and not reported).
 */
import { parseFragment } from 'parse5';

const EXECUTABLE_TAGS = new Set(['script', 'iframe', 'frame', 'object', 'embed', 'form', 'style', 'svg', 'math', 'meta', 'base', 'link', 'template', 'applet']);
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'data', 'xlink:href', 'srcset', 'poster', 'background']);

interface Node {
  nodeName: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  content?: Node;
}

export function findUnsafe(html: string): string[] {
  const problems: string[] = [];
  const walk = (node: Node) => {
    if (node.attrs) {
      if (EXECUTABLE_TAGS.has(node.nodeName)) problems.push(`<${node.nodeName}>`);
      for (const { name, value } of node.attrs) {
        if (name.startsWith('on')) problems.push(`${node.nodeName}[${name}]`);
        if (name === 'style') problems.push(`${node.nodeName}[style]`);
        // Browsers ignore control characters and spaces inside a URL scheme.
        const url = value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
        if (URL_ATTRIBUTES.has(name) && /^(javascript|data|vbscript):/.test(url)) problems.push(`${node.nodeName}[${name}=${value}]`);
      }
    }
    for (const child of node.childNodes ?? []) walk(child);
    if (node.content) walk(node.content);
  };
  walk(parseFragment(html) as unknown as Node);
  return problems;
}
