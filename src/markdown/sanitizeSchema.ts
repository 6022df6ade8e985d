/**
 * What HTML an article or profile may contain: GitHub's allow-list for Markdown,
 * plus <figure>/<figcaption>. Anything else — scripts, event handlers,
 * javascript:/data: URLs, iframes, forms, styles — is removed.
 */
import { defaultSchema, type Schema } from 'hast-util-sanitize';

export const sanitizeSchema: Schema = {
  ...defaultSchema,
  // Ids come from the site's own heading and footnote ids; there is no page script to clobber.
  clobberPrefix: '',
  tagNames: [...(defaultSchema.tagNames ?? []), 'figure', 'figcaption'],
  attributes: {
    ...defaultSchema.attributes,
    img: [...(defaultSchema.attributes?.img ?? []), 'loading', 'decoding'],
  },
  protocols: {
    ...defaultSchema.protocols,
    href: ['http', 'https', 'mailto', 'tel'],
    src: ['http', 'https'],
  },
};
