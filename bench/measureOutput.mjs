/**
 * Sizes of a built site: files and bytes by kind, the search index (/pagefind/), and what a browser
 * downloads for one page (HTML, CSS, JS), gzipped and brotli-compressed file by file.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const gz = (buf) => gzipSync(buf, { level: 9 }).length;
export const br = (buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

export async function listFiles(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/** Files and bytes in `dist/`, split by what they are. */
export async function outputStats(dist) {
  const files = await listFiles(dist);
  const sum = { files: 0, bytes: 0 };
  const kinds = { html: { ...sum }, images: { ...sum }, pagefind: { ...sum }, other: { ...sum } };
  for (const file of files) {
    const { size } = await stat(file);
    const rel = relative(dist, file);
    const kind = rel.startsWith('pagefind/')
      ? 'pagefind'
      : extname(file) === '.html'
        ? 'html'
        : /\.(avif|webp|jpe?g|png|gif)$/i.test(file)
          ? 'images'
          : 'other';
    kinds[kind].files += 1;
    kinds[kind].bytes += size;
    sum.files += 1;
    sum.bytes += size;
  }
  return { ...sum, ...kinds };
}

/** The article page with the most HTML. */
export async function heaviestPage(dist, section) {
  const dir = join(dist, section);
  let best = { path: '', bytes: -1 };
  for (const name of await readdir(dir)) {
    const file = join(dir, name, 'index.html');
    const size = (await stat(file).catch(() => ({ size: -1 }))).size;
    if (size > best.bytes) best = { path: `/${section}/${name}/`, bytes: size };
  }
  return best.path;
}

const attr = (tag, name) =>
  new RegExp(`\\s${name}=("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
    .exec(tag)
    ?.slice(2)
    .find((v) => v !== undefined);

/**
 * What one page costs a first visit, without images and fonts: its HTML, linked stylesheets and
 * scripts (external or inline; JSON-LD is data, not script). Each file is compressed alone.
 */
export async function pageWeight(dist, urlPath) {
  const htmlBuf = await readFile(join(dist, urlPath, urlPath.endsWith('/') ? 'index.html' : ''));
  const html = htmlBuf.toString('utf8');
  const css = [];
  const js = [];
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    if (/\brel=("|')?stylesheet/i.test(tag)) css.push(await readFile(join(dist, attr(tag, 'href'))));
  }
  let inlineJs = 0;
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const type = attr(m[0].slice(0, m[0].indexOf('>') + 1), 'type');
    if (type && !/module|javascript/i.test(type)) continue;
    const src = attr(`<s ${m[1]}>`, 'src');
    if (src) js.push(await readFile(join(dist, src)));
    else {
      js.push(Buffer.from(m[2]));
      inlineJs += 1;
    }
  }
  const total = (list, f) => list.reduce((n, b) => n + f(b), 0);
  const inlineCss = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].reduce((n, m) => n + m[1].length, 0);
  return {
    path: urlPath,
    html: { raw: htmlBuf.length, gzip: gz(htmlBuf), brotli: br(htmlBuf), inlineCssBytes: inlineCss },
    css: { files: css.length, raw: total(css, (b) => b.length), gzip: total(css, gz), brotli: total(css, br) },
    js: { files: js.length, inline: inlineJs, raw: total(js, (b) => b.length), gzip: total(js, gz), brotli: total(js, br) },
  };
}
