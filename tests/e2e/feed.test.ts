/** The RSS feed as feed readers take it: who wrote each item, where the feed lives, when it was built. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { entryIds, frontMatter } from '../support/content';

const siteDir = inject('siteDir');
const rss = () => readFileSync(join(siteDir, 'rss.xml'), 'utf8');

describe('the RSS feed', () => {
  it('names each item’s author and unit with dc:creator, not in <author> (which is for an e-mail address)', () => {
    const feed = rss();
    expect(feed).toMatch(/<rss [^>]*xmlns:dc="http:\/\/purl.org\/dc\/elements\/1.1\/"/);
    expect(feed).not.toContain('<author>');
    for (const id of entryIds('articles')) {
      const { author, authorUnit } = frontMatter('articles', id) as { author: string; authorUnit: string };
      expect(feed).toContain(`<dc:creator>${author} (${authorUnit})</dc:creator>`);
    }
  });

  it('points at itself with atom:link rel="self" on the public address', () => {
    const feed = rss();
    expect(feed).toMatch(/<rss [^>]*xmlns:atom="http:\/\/www.w3.org\/2005\/Atom"/);
    const self = /<atom:link href="([^"]+)" rel="self" type="application\/rss\+xml"\/>/.exec(feed)?.[1];
    const channelLink = /<channel>[\s\S]*?<link>([^<]+)<\/link>/.exec(feed)?.[1];
    expect(self).toBe(new URL('/rss.xml', channelLink).href);
  });

  it('says when it was built, as an RFC 822 date of this build', () => {
    const built = /<lastBuildDate>([^<]+)<\/lastBuildDate>/.exec(rss())?.[1] ?? '';
    expect(built).toMatch(/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
    expect(Date.now() - Date.parse(built)).toBeLessThan(6 * 60 * 60 * 1000);
  });
});
