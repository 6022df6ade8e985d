/** A body parsed by the Markdown engine the site renders with (Sätteri, native in Node). */
import { markdownToMdast } from 'satteri';
import type { BodyNode } from './bodyTree';

export const satteriTree = (body: string): BodyNode => markdownToMdast(body, { features: { gfm: true, frontmatter: false } }) as BodyNode;
