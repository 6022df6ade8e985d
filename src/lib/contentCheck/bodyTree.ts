/**
 * A Markdown body as a syntax tree (mdast), the shape any CommonMark + GFM parser gives. The
 * body rules (bodyProblems.ts) take the tree, not the parser: the build reads bodies with
 * the site's own engine (satteriTree.ts), the CMS's save hook in the browser with a pure-JS
 * parser (src/lib/cms/micromarkTree.ts), whose tree has the same nodes.
 */
export interface BodyNode {
  type: string;
  children?: BodyNode[];
  /** Text of `html`, `text` and `code` nodes. */
  value?: string;
  /** Address of `image` and `definition` nodes. */
  url?: string;
  alt?: string | null;
  identifier?: string;
  position?: { start: { line: number } };
}

export type ParseBody = (body: string) => BodyNode;

export function walk(node: BodyNode, visit: (node: BodyNode) => void): void {
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}
