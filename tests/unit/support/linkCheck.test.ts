import { describe, expect, it } from 'vitest';
import { checkReferences, cssUrls, elementIds, pageReferences, parseSrcset, parseTags, type BuiltSite } from '../../support/linkCheck';

const ORIGIN = 'https://antt.example';

/** A made-up build: pages with their ids, and a few assets. */
function site(pages: Record<string, string[]>, assets: string[] = []): BuiltSite {
  return {
    files: new Set([...Object.keys(pages), ...assets]),
    ids: (file) => new Set(pages[file] ?? []),
    origins: [ORIGIN, 'http://127.0.0.1:4321'],
  };
}

const built = site({ 'index.html': ['noi-dung'], 'mo-hinh/index.html': ['danh-sach', 'mô-hình'], '404.html': [] }, [
  '_astro/site.css',
  '_astro/cover.400.webp',
  '_astro/cover.800.webp',
  'favicon.svg',
  '_astro/font.woff2',
]);
const check = (page: string, html: string) => checkReferences(page, pageReferences(html), built).map((p) => `${p.source} ${p.url}: ${p.problem}`);

describe('checkReferences', () => {
  it('accepts links to built pages, with or without a trailing slash, and to assets', () => {
    expect(check('/', '<a href="/mo-hinh/">a</a><a href="mo-hinh">b</a><link rel="icon" href="/favicon.svg"><a href="/">c</a>')).toEqual([]);
  });

  it('reports a link to a page that was not built, with the file it looked for', () => {
    expect(check('/', '<a href="/mo-hinh/khong-co/">x</a>')).toEqual(['a[href] /mo-hinh/khong-co/: no file mo-hinh/khong-co/index.html in the build']);
  });

  it('resolves relative links against the page they are on', () => {
    expect(check('/mo-hinh/', '<a href="../">up</a><a href="./#danh-sach">self</a><img src="../_astro/cover.400.webp" alt="">')).toEqual([]);
    expect(check('/mo-hinh/', '<img src="cover.400.webp" alt="">')).toEqual(['img[src] cover.400.webp: no file mo-hinh/cover.400.webp in the build']);
  });

  it('reports a fragment that names no element on the target page, and on the same page', () => {
    expect(check('/', '<a href="/mo-hinh/#danh-sach">ok</a><a href="/mo-hinh/#bang">x</a><a href="#noi-dung">ok</a><a href="#het">y</a>')).toEqual([
      'a[href] /mo-hinh/#bang: no element with id "bang" in mo-hinh/index.html',
      'a[href] #het: no element with id "het" in index.html',
    ]);
  });

  it('treats "#" and "#top" as the top of the page and decodes percent-encoded Vietnamese fragments', () => {
    expect(check('/', '<a href="#">a</a><a href="#top">b</a><a href="/mo-hinh/#m%C3%B4-h%C3%ACnh">c</a>')).toEqual([]);
  });

  it("checks absolute URLs on the site's own origins and skips other sites, mail and phone links", () => {
    const html = [
      `<link rel="canonical" href="${ORIGIN}/mo-hinh/">`,
      `<meta property="og:url" content="${ORIGIN}/khong-co/">`,
      '<a href="http://127.0.0.1:4321/mo-hinh/">local</a>',
      '<a href="https://www.facebook.com/sharer/sharer.php?u=x">share</a>',
      '<a href="mailto:a@b.vn">mail</a><a href="tel:+84123">call</a><img src="data:image/png;base64,AAAA" alt="">',
    ].join('');
    expect(check('/', html)).toEqual([`meta[og:url] ${ORIGIN}/khong-co/: no file khong-co/index.html in the build`]);
  });

  it('checks every candidate of an image srcset and of picture sources', () => {
    const html =
      '<picture><source type="image/avif" srcset="/_astro/cover.400.avif 400w, /_astro/cover.800.webp 800w">' +
      '<img src="/_astro/cover.800.webp" srcset="/_astro/cover.400.webp 400w, /_astro/cover.1200.webp 1200w" alt="Ảnh"></picture>';
    expect(check('/', html)).toEqual([
      'source[srcset] /_astro/cover.400.avif: no file _astro/cover.400.avif in the build',
      'img[srcset] /_astro/cover.1200.webp: no file _astro/cover.1200.webp in the build',
    ]);
  });

  it('checks the stylesheets and scripts a page loads, and url() in inline styles', () => {
    const html =
      '<link rel="stylesheet" href="/_astro/site.css"><script type="module" src="/_astro/app.js"></script><style>.a{background:url(/_astro/bg.png)}</style>';
    expect(check('/', html)).toEqual([
      'script[src] /_astro/app.js: no file _astro/app.js in the build',
      'style css url() /_astro/bg.png: no file _astro/bg.png in the build',
    ]);
  });

  it('checks url() in a stylesheet relative to the stylesheet', () => {
    const css = '@font-face{src:url(./font.woff2) format("woff2"),url("./font.woff") format("woff")}.x{background:url(data:image/svg+xml;utf8,abc)}';
    const problems = checkReferences(
      '/_astro/site.css',
      cssUrls(css).map((url) => ({ source: 'css url()', url })),
      built,
    );
    expect(problems.map((p) => p.url)).toEqual(['./font.woff']);
  });
});

describe('parseSrcset', () => {
  it('returns each candidate URL without its width or density descriptor', () => {
    expect(parseSrcset('/a-400.webp 400w, /a-800.webp 800w')).toEqual(['/a-400.webp', '/a-800.webp']);
    expect(parseSrcset('a.png, b.png 2x')).toEqual(['a.png', 'b.png']);
    expect(parseSrcset('  /only.avif  ')).toEqual(['/only.avif']);
  });

  it('keeps commas that are part of a URL and ignores empty candidates', () => {
    expect(parseSrcset('/img/a,b.webp 1x,/img/c.webp 2x')).toEqual(['/img/a,b.webp', '/img/c.webp']);
    expect(parseSrcset('/x.webp 1x,, ,/y.webp 2x')).toEqual(['/x.webp', '/y.webp']);
    expect(parseSrcset('')).toEqual([]);
  });
});

describe('parseTags and elementIds', () => {
  it('reads attributes in any quoting, decodes entities and skips comments and script bodies', () => {
    const tags = parseTags(`<!-- <a href="/hidden/"> --><a href='/a/?x=1&amp;y=2' data-x=1 hidden>t</a><script>const s = '<a href="/in-script/">';</script>`);
    expect(tags.map((t) => t.name)).toEqual(['a', 'script']);
    expect(tags[0]?.attributes.get('href')).toBe('/a/?x=1&y=2');
    expect(tags[0]?.attributes.get('hidden')).toBe('');
    expect(pageReferences('<script>document.write(\'<img src="/no.png">\')</script>')).toEqual([]);
  });

  it('reads HTML as browsers do: every named reference, text areas as text, and the contents of templates', () => {
    const tags = parseTags(
      '<textarea><a href="/in-textarea/"></textarea><a title="Nguy&ecirc;n" href="/a/?b=1&hellip;">x</a><template><img src="/in-template.png" alt=""></template>',
    );
    expect(tags.map((t) => t.name)).toEqual(['textarea', 'a', 'template', 'img']);
    expect(tags[1]?.attributes.get('title')).toBe('Nguyên');
    expect(pageReferences('<template><img src="/in-template.png" alt=""></template>')).toEqual([{ source: 'img[src]', url: '/in-template.png' }]);
  });

  it('collects ids and the names of old-style anchors', () => {
    expect(elementIds('<main id="noi-dung"><h2 id="bối-cảnh">x</h2><a name="cu"></a><div data-id="no"></div></main>')).toEqual(
      new Set(['noi-dung', 'bối-cảnh', 'cu']),
    );
  });
});
