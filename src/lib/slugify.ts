/**
 * ASCII URL slugs from Vietnamese text: "Đội bảo vệ rừng" → "doi-bao-ve-rung".
 * `đ` has no Unicode decomposition, so it is mapped by hand before marks are stripped.
 */
import { foldVietnamese } from './foldVietnamese.ts';

export function slugify(text: string, maxLength = 80): string {
  const slug = foldVietnamese(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  // Cut at a word boundary so a long title never ends in half a word.
  const cut = slug.slice(0, maxLength + 1);
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > 0 ? cut.slice(0, lastDash) : slug.slice(0, maxLength)).replace(/-+$/, '');
}
