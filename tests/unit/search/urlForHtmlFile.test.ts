import { describe, expect, it } from 'vitest';
import { urlForHtmlFile } from '~/lib/search/urlForHtmlFile';

describe('urlForHtmlFile', () => {
  it('serves a folder index at the folder URL with a trailing slash', () => {
    expect(urlForHtmlFile('mo-hinh/lien-ket-rung/index.html')).toBe('/mo-hinh/lien-ket-rung/');
  });

  it('serves the root index at /', () => {
    expect(urlForHtmlFile('index.html')).toBe('/');
  });

  it('keeps other file names and turns Windows separators into slashes', () => {
    expect(urlForHtmlFile('404.html')).toBe('/404.html');
    expect(urlForHtmlFile('bai-viet\\x\\index.html')).toBe('/bai-viet/x/');
  });
});
