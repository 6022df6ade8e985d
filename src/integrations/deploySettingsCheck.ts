/**
 * Checks the deploy settings when `astro build` starts: no SITE_URL, a SITE_URL with a path (GitHub Pages
 * without a custom domain, src/lib/deploy/siteUrlPath.ts) or a misconfigured CMS backend stops the
 * build with a Vietnamese message naming the variable, instead of failing later in an
 * editor's browser. `astro dev` keeps the lenient defaults (local backend).
 */
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { CmsSettingsError, readCmsSettings } from '../lib/cms/cmsSettings';
import { siteUrlPathProblem } from '../lib/deploy/siteUrlPath';
import { siteUrlProblem } from '../lib/siteUrlProblem';

const HINT =
  'Đặt các biến này ở nơi chạy bản dựng (GitHub: Settings → Secrets and variables → Actions → Variables; Forgejo/Gitea: biến của kho hoặc của máy chủ CI) rồi dựng lại. Ý nghĩa từng biến: admin/README.md.';

/** Turns a settings error into an AstroError without a stack: the list says all there is to know. */
export function buildStopper(problems: string[]): AstroError {
  const error = new AstroError(`Cấu hình triển khai chưa đúng:\n${problems.map((p) => `  • ${p}`).join('\n')}`, HINT);
  error.stack = '';
  return error;
}

export function deploySettingsCheck(): AstroIntegration {
  return {
    name: 'deploy-settings-check',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        if (command !== 'build') return;
        // SITE_URL first: without it config.site is only the development default.
        const problems = [siteUrlProblem(command, process.env.SITE_URL) ?? (config.site && siteUrlPathProblem(config.site))].filter((p): p is string =>
          Boolean(p),
        );
        try {
          readCmsSettings(process.env, { production: true });
        } catch (error) {
          if (!(error instanceof CmsSettingsError)) throw error;
          problems.push(...error.problems);
        }
        if (problems.length > 0) throw buildStopper(problems);
      },
    },
  };
}
