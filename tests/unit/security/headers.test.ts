import { describe, expect, it } from 'vitest';
import { adminCsp, headersFor, kindOfPath, PUBLIC_CSP, SEARCH_CSP } from '~/lib/security/headers';
import { metaCsp, pageMetaCsp } from '~/lib/security/metaCsp';
import { readSecuritySettings } from '~/lib/security/securitySettings';

const directive = (csp: string, name: string) => csp.split('; ').find((d) => d.split(' ')[0] === name);

describe('the content security policies', () => {
  it('let no public page run inline script, eval or WebAssembly', () => {
    expect(directive(PUBLIC_CSP, 'script-src')).toBe("script-src 'self'");
  });

  it('allow no WebAssembly on the search page either: its index is read by plain script', () => {
    expect(directive(SEARCH_CSP, 'script-src')).toBe("script-src 'self'");
    expect(kindOfPath('/tim-kiem/')).toBe('search');
    // Pagefind's worker is ruled by its own script's headers.
    expect(kindOfPath('/pagefind/pagefind-worker.js')).toBe('search');
    expect(kindOfPath('/')).toBe('public');
    expect(kindOfPath('/bai-viet/tim-kiem/')).toBe('public');
    expect(kindOfPath('/admin/')).toBe('admin');
    expect(kindOfPath('/favicon.svg')).toBe('svg');
    expect(kindOfPath('/admin/logo.SVG')).toBe('svg');
  });

  it('make an SVG opened on its own an inert, sandboxed image', () => {
    const csp = headersFor('svg')['Content-Security-Policy'] ?? '';
    expect(directive(csp, 'script-src')).toBe("script-src 'none'");
    expect(directive(csp, 'sandbox')).toBe('sandbox');
  });

  it('let a production admin talk to its git host but never to decap-server on the editor machine', () => {
    const production = readSecuritySettings({ CMS_BACKEND: 'github', CMS_REPO: 'cong-an/site' });
    const csp = headersFor('admin', production)['Content-Security-Policy'] ?? '';
    expect(directive(csp, 'connect-src')).toBe("connect-src 'self' blob: data: https://api.github.com");
    const local = readSecuritySettings({ CMS_BACKEND: 'local', CMS_LOCAL_BACKEND_URL: 'http://127.0.0.1:9999/api/v1' });
    expect(directive(adminCsp(local.apiOrigins), 'connect-src')).toBe("connect-src 'self' blob: data: http://127.0.0.1:9999");
  });

  it('send violation reports to CSP_REPORT_URL when it is set, and only then', () => {
    const settings = readSecuritySettings({ CSP_REPORT_URL: 'https://bao-cao.example.vn/csp' });
    for (const kind of ['public', 'search', 'admin', 'svg'] as const) {
      const headers = headersFor(kind, settings);
      expect(headers['Content-Security-Policy']).toMatch(/; report-uri https:\/\/bao-cao\.example\.vn\/csp; report-to csp$/);
      expect(headers['Reporting-Endpoints']).toBe('csp="https://bao-cao.example.vn/csp"');
    }
    expect(headersFor('public', readSecuritySettings({}))['Reporting-Endpoints']).toBeUndefined();
    expect(headersFor('public', readSecuritySettings({}))['Content-Security-Policy']).not.toContain('report');
  });

  it('refuse a malformed report URL or admin origin with a Vietnamese message naming the setting', () => {
    expect(() => readSecuritySettings({ CSP_REPORT_URL: 'bao-cao' })).toThrow(/CSP_REPORT_URL="bao-cao" không hợp lệ/);
    expect(() => readSecuritySettings({ ADMIN_ORIGIN: 'http://cms.example.vn' })).toThrow(/ADMIN_ORIGIN=.*https:\/\//);
    expect(() => readSecuritySettings({ ADMIN_ORIGIN: 'https://cms.example.vn/admin/' })).toThrow(/không kèm đường dẫn/);
    expect(readSecuritySettings({ ADMIN_ORIGIN: 'https://cms.example.vn' }).adminOrigin).toBe('https://cms.example.vn');
  });
});

describe('the policy a page carries in <meta>', () => {
  it('drops what browsers ignore there (frame-ancestors, reporting, sandbox) and keeps the rest', () => {
    const full = headersFor('public', readSecuritySettings({ CSP_REPORT_URL: 'https://r.example.vn/' }))['Content-Security-Policy'] ?? '';
    const meta = metaCsp(full);
    expect(meta).not.toMatch(/frame-ancestors|report-uri|report-to/);
    expect(meta.split('; ')).toEqual(full.split('; ').filter((d) => !/^(frame-ancestors|report-uri|report-to)\b/.test(d)));
    expect(metaCsp(headersFor('svg')['Content-Security-Policy'] ?? '')).not.toContain('sandbox');
  });

  it('is the search policy on the search page and the public one elsewhere', () => {
    expect(pageMetaCsp('/tim-kiem/')).toBe(metaCsp(SEARCH_CSP));
    expect(pageMetaCsp('/mo-hinh/')).toBe(metaCsp(PUBLIC_CSP));
  });
});
