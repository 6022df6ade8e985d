/** Writes dist/_headers from the one definition of the site's security headers. */
import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { headerRules } from '../lib/security/headers';
import { formatHeadersFile } from '../lib/security/headersFile';

export function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        // The production git host's API, e.g. https://api.github.com or https://git.example.vn.
        const origins = (process.env.CMS_API_ORIGIN ?? '').split(/[\s,]+/).filter(Boolean);
        await writeFile(new URL('_headers', dir), formatHeadersFile(headerRules(origins)));
        logger.info('Wrote _headers (CSP and security headers).');
      },
    },
  };
}
