/** A plain copy of the Markdown engine's lazily materialised tree, which hast utilities can walk and rebuild. */
import type { Nodes } from 'hast';

export function plainTree(node: Nodes): Nodes {
  const copy: Record<string, unknown> = { type: node.type };
  if ('tagName' in node) copy.tagName = node.tagName;
  if ('properties' in node) copy.properties = { ...node.properties };
  if ('value' in node) copy.value = node.value;
  if ('children' in node) copy.children = node.children.map((child) => plainTree(child));
  return copy as unknown as Nodes;
}
