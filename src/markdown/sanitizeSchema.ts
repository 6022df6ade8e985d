/**
 * What HTML an article or profile may contain: GitHub's allow-list for Markdown,
 * plus <figure>/<figcaption>. Markup outside it is shown as text (rawHtmlAsText.ts);
 * on allowed tags, event handlers, styles and javascript:/data: URLs are removed.
 * Images may only be the entry's own photos: a remote image would be blocked by the
 * page's CSP, and the content check refuses it with a message before the build.
 */
import { defaultSchema, type Schema } from 'hast-util-sanitize';

export const sanitizeSchema: Schema = {
  ...defaultSchema,
  // Body ids are prefixed afterwards by bodyIds.ts, which also rewrites the links to them.
  clobberPrefix: '',
  tagNames: [...(defaultSchema.tagNames ?? []), 'figure', 'figcaption'],
  attributes: {
    ...defaultSchema.attributes,
    img: [...(defaultSchema.attributes?.img ?? []), 'loading', 'decoding'],
    // No srcset: its photos would bypass the content check and Astro's image step (a
    // <picture> shows its <img>, which both handle).
    source: [],
  },
  protocols: {
    ...defaultSchema.protocols,
    href: ['http', 'https', 'mailto', 'tel'],
    // Relative paths only: URLs without a scheme always pass, and no scheme is named ''
    // (an empty list would mean "any scheme" to the sanitiser).
    src: [''],
  },
};

/** Tag names a body may use; any other tag shows as the text typed. */
export const ALLOWED_TAGS: ReadonlySet<string> = new Set(sanitizeSchema.tagNames);
