/**
 * Where the CMS saves: read once from environment variables when `/admin` is built,
 * so one build artefact never mixes two backends. See admin/README.md for each value.
 */
import { SITE } from '../../config';
import { cmsSettingsProblems } from './cmsSettingsProblems';

export type BackendKind = 'local' | 'github' | 'gitlab' | 'gitea' | 'forgejo';

export interface CmsSettings {
  /** CMS_BACKEND: `local` (default: decap-server on this machine), `github`, `gitlab`, `gitea` or `forgejo`. */
  backend: BackendKind;
  /** CMS_REPO: "owner/name" of the repository editors commit to. */
  repo: string;
  /** CMS_BRANCH: branch the site is built from (default `main`). */
  branch: string;
  /** CMS_BASE_URL: GitHub: origin of the OAuth provider; GitLab/Gitea/Forgejo: origin of the git server. */
  baseUrl?: string | undefined;
  /** CMS_AUTH_ENDPOINT: path of the OAuth provider's login route (GitHub: `auth`; GitLab: `oauth/authorize`). */
  authEndpoint?: string | undefined;
  /** CMS_API_ROOT: API root of a self-hosted server, e.g. https://git.example.vn/api/v1 (Gitea/Forgejo) or …/api/v4 (GitLab). */
  apiRoot?: string | undefined;
  /** CMS_APP_ID: OAuth application id (GitLab PKCE, Gitea/Forgejo). */
  appId?: string | undefined;
  /** CMS_LOCAL_BACKEND_URL: decap-server's API, used only when /admin is opened on localhost. */
  localBackendUrl: string;
  /** SITE_URL: the public site, for the CMS's "view site" link. */
  siteUrl: string;
}

export const DEFAULT_LOCAL_BACKEND_URL = 'http://localhost:8081/api/v1';

const BACKENDS: readonly BackendKind[] = ['local', 'github', 'gitlab', 'gitea', 'forgejo'];

type Env = Record<string, string | undefined>;

const nonEmpty = (value: string | undefined) => (value && value.trim() ? value.trim() : undefined);

/** Settings a build must not ship; the message lists every problem, one per line. */
export class CmsSettingsError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'CmsSettingsError';
  }
}

/**
 * Reads the CMS settings from `process.env`; throws on an unknown backend so a typo fails the build.
 * With `production` (`astro build`), also throws on every setting that would only fail in an
 * editor's browser (cmsSettingsProblems); dev and tests keep the lenient defaults.
 */
export function readCmsSettings(env: Env, { production = false } = {}): CmsSettings {
  const backend = (nonEmpty(env.CMS_BACKEND) ?? 'local') as BackendKind;
  if (!BACKENDS.includes(backend)) {
    throw new CmsSettingsError([`CMS_BACKEND="${backend}" không hợp lệ; chọn một trong: ${BACKENDS.join(', ')}`]);
  }
  const repo = nonEmpty(env.CMS_REPO) ?? 'cong-an-tuyen-quang/toan-dan-bao-ve-an-ninh-to-quoc';
  if (backend !== 'local' && !nonEmpty(env.CMS_REPO)) {
    throw new CmsSettingsError([`CMS_BACKEND=${backend} cần CMS_REPO (dạng chủ-sở-hữu/tên-kho)`]);
  }
  const settings: CmsSettings = {
    backend,
    repo,
    branch: nonEmpty(env.CMS_BRANCH) ?? 'main',
    baseUrl: nonEmpty(env.CMS_BASE_URL),
    authEndpoint: nonEmpty(env.CMS_AUTH_ENDPOINT),
    apiRoot: nonEmpty(env.CMS_API_ROOT),
    appId: nonEmpty(env.CMS_APP_ID),
    localBackendUrl: nonEmpty(env.CMS_LOCAL_BACKEND_URL) ?? DEFAULT_LOCAL_BACKEND_URL,
    siteUrl: nonEmpty(env.SITE_URL) ?? SITE.url,
  };
  const problems = production ? cmsSettingsProblems(settings) : [];
  if (problems.length > 0) throw new CmsSettingsError(problems);
  return settings;
}

const originOf = (url: string | undefined) => {
  try {
    return url ? new URL(url).origin : undefined;
  } catch {
    return undefined;
  }
};

/**
 * Every origin the admin talks to for these settings: the /admin CSP's connect-src is built
 * from it. decap-server (on localhost) only for a `local` build: a production policy never
 * lets the admin talk to a port on the editor's own machine.
 */
export function backendOrigins(settings: CmsSettings): string[] {
  const origins = settings.backend === 'local' ? [originOf(settings.localBackendUrl)] : [];
  if (settings.backend === 'github') origins.push('https://api.github.com', originOf(settings.baseUrl));
  if (settings.backend === 'gitlab') origins.push(originOf(settings.apiRoot ?? settings.baseUrl) ?? 'https://gitlab.com');
  if (settings.backend === 'gitea' || settings.backend === 'forgejo') origins.push(originOf(settings.apiRoot ?? settings.baseUrl));
  return [...new Set(origins.filter((o): o is string => Boolean(o)))];
}
