/**
 * The on-premises setup (docs/trien-khai-tai-cho.md): with the settings the Forgejo workflow
 * passes, the CMS and the admin's policy talk to the unit's own git server and nothing else.
 */
import { describe, expect, test } from 'vitest';
import { buildDecapConfig } from '../../../admin/decapConfig';
import { readCmsSettings } from '../../../src/lib/cms/cmsSettings';
import { readSecuritySettings } from '../../../src/lib/security/securitySettings';

const SERVER = 'https://git.congan.tuyenquang.gov.vn';
const env = (backend: string) => ({
  CMS_BACKEND: backend,
  CMS_REPO: 'cong-an/antt',
  CMS_BASE_URL: SERVER,
  CMS_API_ROOT: `${SERVER}/api/v1`,
  CMS_APP_ID: '3f1c2a9e-7d4b-4f0e-9c8a-2b6d5e1f0a7c',
  SITE_URL: 'https://antt.tuyenquang.gov.vn/',
});
/** Hosts an on-premises build must never send an editor to. */
const THIRD_PARTIES = ['github.com', 'api.netlify.com', 'try.gitea.io', 'gitlab.com', 'codeberg.org'];

describe.each(['forgejo', 'gitea'])('a %s build on the unit’s own server', (backend) => {
  const settings = readCmsSettings(env(backend), { production: true });
  const config = buildDecapConfig(settings, { today: '2026-11-26' });

  test('logs in with PKCE against the unit’s server: its address, its API and the app id are in the config', () => {
    expect(config.backend).toMatchObject({
      name: backend,
      repo: 'cong-an/antt',
      branch: 'main',
      base_url: SERVER,
      api_root: `${SERVER}/api/v1`,
      app_id: '3f1c2a9e-7d4b-4f0e-9c8a-2b6d5e1f0a7c',
    });
  });

  test('names no third-party host anywhere in the CMS config', () => {
    const json = JSON.stringify(config.backend);
    for (const host of THIRD_PARTIES) expect(json).not.toContain(host);
  });

  test('lets the admin connect to the unit’s server only', () => {
    expect(readSecuritySettings(env(backend)).apiOrigins).toEqual([SERVER]);
  });
});

describe('the other backends keep their own server in the CMS config', () => {
  test('a self-hosted GitLab: its address, its API, the app id and PKCE', () => {
    const settings = readCmsSettings(
      { CMS_BACKEND: 'gitlab', CMS_REPO: 'ca/antt', CMS_BASE_URL: 'https://gitlab.ca.vn', CMS_API_ROOT: 'https://gitlab.ca.vn/api/v4', CMS_APP_ID: 'x1' },
      { production: true },
    );
    expect(buildDecapConfig(settings, { today: '2026-11-26' }).backend).toMatchObject({
      name: 'gitlab',
      base_url: 'https://gitlab.ca.vn',
      api_root: 'https://gitlab.ca.vn/api/v4',
      app_id: 'x1',
      auth_type: 'pkce',
    });
  });

  test('GitHub: the unit’s own OAuth provider, never the default third-party one', () => {
    const settings = readCmsSettings(
      { CMS_BACKEND: 'github', CMS_REPO: 'ca/antt', CMS_BASE_URL: 'https://oauth.ca.vn', CMS_AUTH_ENDPOINT: 'auth' },
      { production: true },
    );
    const backend = buildDecapConfig(settings, { today: '2026-11-26' }).backend;
    expect(backend).toMatchObject({ name: 'github', base_url: 'https://oauth.ca.vn', auth_endpoint: 'auth' });
    expect(JSON.stringify(backend)).not.toContain('netlify');
  });
});
