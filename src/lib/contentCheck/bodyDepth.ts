/**
 * How deeply a Markdown body nests: quotes in quotes, lists in lists, emphasis in emphasis
 * and raw HTML elements in one another, counted together. The Markdown engine refuses a
 * tree deeper than 128 levels with an error no editor could act on, and no reader could
 * follow such nesting anyway, so the content check names the line first (checkBodyHtml.ts).
 */
import { apply, rawHtmlSpans, tagSteps } from '../../markdown/rawHtmlSpans';
import { ALLOWED_TAGS } from '../../markdown/sanitizeSchema';
import type { BodyNode as Node } from './bodyTree';

/** Levels allowed, well under the engine's 128 once lists and tables add their own wrappers. */
export const MAX_BODY_DEPTH = 40;

/** A body line where nesting goes past `limit` levels, or undefined when it never does. */
export function tooDeepLine(tree: Node, limit = MAX_BODY_DEPTH): number | undefined {
  // An explicit stack: a body nested thousands deep must not overflow this check either.
  const stack: { node: Node; depth: number }[] = [{ node: tree, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop() as { node: Node; depth: number };
    if (depth > limit) return node.position?.start.line ?? 1;
    // Raw HTML pairs its tags across sibling blocks as the renderer does (rawHtmlSpans.ts):
    // what lies between an opening and its closing block is nested inside it.
    const children = node.children ?? [];
    const extra = children.map(() => 0);
    const asRaw = children.map((c) => (c.type === 'html' ? { type: 'raw', value: c.value ?? '' } : c));
    for (const [start, end] of rawHtmlSpans(asRaw, ALLOWED_TAGS)) {
      const open: string[] = [];
      for (let k = start; k <= end; k += 1) {
        const child = children[k] as Node;
        for (const step of child.type === 'html' ? tagSteps(child.value ?? '', ALLOWED_TAGS) : []) {
          apply(open, [step]);
          if (depth + open.length > limit) return child.position?.start.line ?? 1;
        }
        extra[k] = open.length;
      }
    }
    children.forEach((child, k) => stack.push({ node: child, depth: depth + 1 + (extra[k] ?? 0) }));
  }
  return undefined;
}
