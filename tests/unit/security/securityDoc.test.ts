import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersFor } from '~/lib/security/headers';
import { HEADER_ONLY_DIRECTIVES } from '~/lib/security/metaCsp';

const doc = readFileSync(new URL('../../../docs/security-headers.md', import.meta.url), 'utf8');
const table = doc.slice(doc.indexOf('## Per deploy target'), doc.indexOf('## Uploads'));

describe('docs/security-headers.md', () => {
  it('has a row for every deploy target the project documents', () => {
    for (const target of ['**nginx**', '**Caddy**', '**Cloudflare Pages, Netlify**', '**GitHub Pages**']) expect(table).toContain(`| ${target}`);
  });

  it('says what a page cannot carry on GitHub Pages: every header-only directive and every header', () => {
    const pages = table.split('\n').find((line) => line.startsWith('| **GitHub Pages**')) ?? '';
    for (const directive of HEADER_ONLY_DIRECTIVES) expect(pages).toContain(directive);
    const headers = Object.keys(headersFor('admin')).filter((name) => name !== 'Content-Security-Policy');
    for (const name of headers) expect(pages).toContain(name === 'X-Content-Type-Options' ? 'nosniff' : name);
  });
});
