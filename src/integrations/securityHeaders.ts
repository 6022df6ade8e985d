/** Writes dist/_headers from the one definition of the site's security headers. */
import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { backendOrigins, readCmsSettings } from '../../admin/cmsSettings';
import { headerRules } from '../lib/security/headers';
import { formatHeadersFile } from '../lib/security/headersFile';

export function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        // The admin may talk to exactly the git backend the CMS was built for.
        const origins = backendOrigins(readCmsSettings(process.env));
        await writeFile(new URL('_headers', dir), formatHeadersFile(headerRules(origins)));
        logger.info('Wrote _headers (CSP and security headers).');
      },
    },
  };
}
