/** Writes dist/_headers from the one definition of the site's security headers (src/lib/security/headers.ts). */
import type { AstroIntegration } from 'astro';
import { readdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { headerRules } from '../lib/security/headerRules';
import { formatHeadersFile } from '../lib/security/headersFile';
import { readSecuritySettings } from '../lib/security/securitySettings';

export function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        // A malformed ADMIN_ORIGIN or CSP_REPORT_URL stops the build before any page is made.
        readSecuritySettings(process.env);
        // Pages carry their policy when built; not on the dev server, whose live reload and
        // toolbar write HTML (Trusted Types). Not import.meta.env.PROD: tests build with NODE_ENV=test.
        updateConfig({ vite: { define: { 'import.meta.env.CSP_IN_PAGE': JSON.stringify(command === 'build') } } });
      },
      'astro:build:done': async ({ dir, logger }) => {
        // The admin may talk to exactly the git backend the CMS was built for.
        const settings = readSecuritySettings(process.env);
        const files = await readdir(fileURLToPath(dir), { recursive: true });
        const svgPaths = files.filter((f) => /\.svg$/i.test(f)).map((f) => `/${f.split('\\').join('/')}`);
        await writeFile(new URL('_headers', dir), formatHeadersFile(headerRules(settings, svgPaths)));
        logger.info('Wrote _headers (CSP and security headers).');
      },
    },
  };
}
