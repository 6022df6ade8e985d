import { describe, expect, it } from 'vitest';
import { headersFor } from '~/lib/security/headers';
import { headerRules } from '~/lib/security/headerRules';
import { formatHeadersFile } from '~/lib/security/headersFile';
import { headersForPath, parseHeadersFile } from '../../support/headersFile';

describe('the _headers file a static host reads', () => {
  const options = { apiOrigins: ['https://api.github.com'] };
  const rules = parseHeadersFile(formatHeadersFile(headerRules(options, ['/favicon.svg'])));

  it('gives every public page exactly the public headers', () => {
    expect(headersForPath(rules, '/mo-hinh/abc/')).toEqual(headersFor('public', options));
    expect(headersForPath(rules, '/_astro/anh.webp')).toEqual(headersFor('public', options));
  });

  it('gives the search page its own policy, replacing the public one', () => {
    expect(headersForPath(rules, '/tim-kiem/')).toEqual(headersFor('search', options));
  });

  it('replaces, not adds to, the policy under /admin/, with the production API host allowed', () => {
    const admin = headersForPath(rules, '/admin/');
    expect(admin).toEqual(headersFor('admin', options));
    expect(admin['Content-Security-Policy']).toContain('https://api.github.com');
  });

  it('serves the site SVG files under the inert SVG policy', () => {
    expect(headersForPath(rules, '/favicon.svg')).toEqual(headersFor('svg', options));
  });
});
