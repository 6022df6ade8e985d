import { describe, expect, it } from 'vitest';
import { headersFor } from '~/lib/security/headers';
import { serverConfig } from '~/lib/security/serverConfig';
import { readSecuritySettings } from '~/lib/security/securitySettings';

/** The add_header lines of each nginx location, as name → value. */
function nginxLocations(config: string): Map<string, Record<string, string>> {
  const locations = new Map<string, Record<string, string>>();
  for (const block of config.matchAll(/^location (.+?) \{\n([\s\S]*?)^\}/gm)) {
    const headers = Object.fromEntries(
      [...(block[2] ?? '').matchAll(/add_header (\S+) "((?:[^"\\]|\\.)*)" always;/g)].map((m) => [m[1], (m[2] ?? '').replace(/\\"/g, '"')]),
    );
    locations.set(block[1] ?? '', headers);
  }
  return locations;
}

const settings = readSecuritySettings({ CMS_BACKEND: 'github', CMS_REPO: 'cong-an/site', CSP_REPORT_URL: 'https://r.example.vn/csp' });

describe('the generated nginx configuration', () => {
  it('sends each kind of page its full set of headers, the same the _headers file sends', () => {
    const locations = nginxLocations(serverConfig('nginx', settings, 'https://antt.example.vn'));
    expect(locations.get('/')).toEqual(headersFor('public', settings));
    expect(locations.get('/tim-kiem/')).toEqual(headersFor('search', settings));
    expect(locations.get('/admin/')).toEqual(headersFor('admin', settings));
    expect(locations.get('~* \\.svg$')).toEqual(headersFor('svg', settings));
  });

  it('sends /admin to its own origin when ADMIN_ORIGIN is set, and serves only the admin there', () => {
    const split = { ...settings, adminOrigin: 'https://cms.example.vn' };
    expect(serverConfig('nginx', split, 'https://antt.example.vn')).toMatch(/location \/admin\/ \{[^}]*return 301 https:\/\/cms\.example\.vn\$request_uri;/);
    const admin = serverConfig('nginx-admin', split, 'https://antt.example.vn');
    expect(nginxLocations(admin).get('/admin/')).toEqual(headersFor('admin', split));
    expect(admin).toContain('location / { return 301 https://antt.example.vn$request_uri; }');
  });

  it('refuses to write an admin-host configuration without ADMIN_ORIGIN', () => {
    expect(() => serverConfig('nginx-admin', settings, 'https://antt.example.vn')).toThrow(/hãy đặt ADMIN_ORIGIN/);
  });
});

describe('the generated Caddy configuration', () => {
  it('carries every policy and header value of each kind of page', () => {
    const caddy = serverConfig('caddy', settings, 'https://antt.example.vn');
    for (const kind of ['public', 'search', 'admin', 'svg'] as const) {
      for (const [name, value] of Object.entries(headersFor(kind, settings))) expect(caddy).toContain(`${name} "${value.replace(/"/g, '\\"')}"`);
    }
  });
});
