/** Stops a production build that does not know the site's public address (see src/lib/siteUrlProblem.ts). */
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { siteUrlProblem } from '../lib/siteUrlProblem';

export function requireSiteUrl(): AstroIntegration {
  return {
    name: 'require-site-url',
    hooks: {
      'astro:config:setup': ({ command }) => {
        const problem = siteUrlProblem(command, process.env.SITE_URL);
        if (!problem) return;
        const error = new AstroError(problem, 'Đặt SITE_URL rồi dựng lại, ví dụ: SITE_URL=https://antt.tuyenquang.gov.vn npm run build');
        error.stack = '';
        throw error;
      },
    },
  };
}
