import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PUBLIC_CSP, adminCsp, headerRules } from '../../../src/lib/security/headers';
import { formatHeadersFile, headersForPath, parseHeadersFile } from '../../../src/lib/security/headersFile';

describe('the _headers file', () => {
  const rules = parseHeadersFile(formatHeadersFile(headerRules(['https://api.github.com'])));

  it('gives public pages the strict policy', () => {
    expect(headersForPath(rules, '/mo-hinh/abc/')['Content-Security-Policy']).toBe(PUBLIC_CSP);
  });

  it('replaces, not adds to, the policy under /admin/, with the production API host allowed', () => {
    const admin = headersForPath(rules, '/admin/');
    expect(admin['Content-Security-Policy']).toBe(adminCsp(['https://api.github.com']));
    expect(admin['Content-Security-Policy']).toContain('https://api.github.com');
    expect(admin['X-Frame-Options']).toBe('SAMEORIGIN');
    expect(admin['X-Content-Type-Options']).toBe('nosniff');
  });
});

describe('docs/security-headers.md', () => {
  it('documents for nginx and Caddy the same policies the build writes', () => {
    const doc = readFileSync(new URL('../../../docs/security-headers.md', import.meta.url), 'utf8');
    expect(doc).toContain(PUBLIC_CSP);
    expect(doc).toContain(adminCsp());
  });
});
