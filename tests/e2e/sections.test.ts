/** Sections (chuyên mục) editors manage: each has a page and a feed; the list links them all. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../support/buildSite';

const siteDir = inject('siteDir');
const sections = readdirSync(join(PROJECT_ROOT, 'content/sections')).map((f) => ({
  id: f.replace(/\.yml$/, ''),
  ...(parse(readFileSync(join(PROJECT_ROOT, 'content/sections', f), 'utf8')) as { name: string; description: string }),
}));

describe('sections', () => {
  it('each section in content/sections has a page with its name and description, and an RSS feed it announces', () => {
    expect(sections.length).toBeGreaterThan(0);
    for (const s of sections) {
      const page = readFileSync(join(siteDir, 'chuyen-muc', s.id, 'index.html'), 'utf8');
      expect(page).toMatch(new RegExp(`<h1[^>]*>${s.name}</h1>`));
      expect(page).toContain(s.description);
      expect(page).toContain(`<link rel="alternate" type="application/rss+xml"`);
      expect(page).toContain(`href="/chuyen-muc/${s.id}/rss.xml"`);
      expect(existsSync(join(siteDir, 'chuyen-muc', s.id, 'rss.xml'))).toBe(true);
      expect(readFileSync(join(siteDir, 'chuyen-muc', s.id, 'rss.xml'), 'utf8')).toContain(`<title>`);
    }
  });

  it('the list of sections links every one, and every footer links the list', () => {
    const list = readFileSync(join(siteDir, 'chuyen-muc/index.html'), 'utf8');
    for (const s of sections) expect(list).toContain(`href="/chuyen-muc/${s.id}/"`);
    expect(readFileSync(join(siteDir, 'index.html'), 'utf8')).toMatch(/<footer[\s\S]*href="\/chuyen-muc\/"/);
  });
});
