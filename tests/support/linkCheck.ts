/**
 * A link checker for a built static site, as small pure functions: read the elements
 * of a page (with parse5, the HTML standard's parser), list the URLs it points at, and
 * check each against the set of built files and the ids of the target page. The caller
 * supplies the files (`BuiltSite`), so the rules can be tested on a made-up site without a build.
 */
import { type DefaultTreeAdapterMap, parse } from 'parse5';

type ParentNode = DefaultTreeAdapterMap['parentNode'];
type Element = DefaultTreeAdapterMap['element'];

/** One element: lower-case name, decoded attributes, and the text of raw-text elements (title, script, style). */
export interface Tag {
  name: string;
  attributes: Map<string, string>;
  text?: string;
}

/** A URL written in a page or stylesheet, and where: e.g. `img[srcset]`, `css url()`. */
export interface Reference {
  source: string;
  url: string;
}

/** What the checker knows about the build: its files and the ids in each HTML file. */
export interface BuiltSite {
  /** Paths relative to the site root with `/` separators: `index.html`, `_astro/a.css`. */
  files: ReadonlySet<string>;
  /** The id (and `a[name]`) values of an HTML file in `files`. */
  ids: (file: string) => ReadonlySet<string>;
  /** Origins that are this site (the production origin of canonical URLs, the local server). */
  origins: readonly string[];
}

/** A broken reference, with the page (URL path) it was found on. */
export interface LinkProblem {
  page: string;
  source: string;
  url: string;
  problem: string;
}

const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);

function tagOf(element: Element): Tag {
  // parse5 lower-cases names, decodes character references and keeps the first of repeated attributes.
  const attributes = new Map(element.attrs.map((a) => [a.prefix ? `${a.prefix}:${a.name}` : a.name, a.value]));
  if (!RAW_TEXT.has(element.tagName)) return { name: element.tagName, attributes };
  const text = element.childNodes.map((n) => ('value' in n && n.nodeName === '#text' ? n.value : '')).join('');
  return { name: element.tagName, attributes, text };
}

/**
 * The elements written in an HTML document, in order, including those inside `<template>`
 * (the scripts clone them into the page). Elements the parser adds by itself (a missing
 * `<html>`, `<body>`) are left out; comments and script bodies hold no elements.
 */
export function parseTags(html: string): Tag[] {
  const tags: Tag[] = [];
  const visit = (node: ParentNode) => {
    for (const child of node.childNodes) {
      if (!('tagName' in child)) continue;
      if (child.sourceCodeLocation) tags.push(tagOf(child));
      visit('content' in child ? child.content : child);
    }
  };
  visit(parse(html, { sourceCodeLocationInfo: true }));
  return tags;
}

/**
 * The URLs of a `srcset` value (`a.webp 400w, b.webp 800w` → `a.webp`, `b.webp`), read the
 * way the HTML standard does: a URL runs to whitespace, so commas inside it are kept, and
 * commas at its end close the candidate.
 */
export function parseSrcset(value: string): string[] {
  const urls: string[] = [];
  let i = 0;
  while (i < value.length) {
    while (i < value.length && /[\s,]/.test(value[i] ?? '')) i++;
    if (i >= value.length) break;
    const start = i;
    while (i < value.length && !/\s/.test(value[i] ?? '')) i++;
    let url = value.slice(start, i);
    if (url.endsWith(',')) {
      url = url.replace(/,+$/, '');
    } else {
      // Skip the descriptors (`400w`, `2x`) up to the comma that ends this candidate.
      let depth = 0;
      while (i < value.length && (depth > 0 || value[i] !== ',')) {
        if (value[i] === '(') depth++;
        else if (value[i] === ')') depth = Math.max(0, depth - 1);
        i++;
      }
    }
    if (url !== '') urls.push(url);
  }
  return urls;
}

/** The `url(...)` values of a stylesheet or style attribute. */
export function cssUrls(css: string): string[] {
  return [...css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)/gi)].map((m) => m[1] ?? m[2] ?? m[3] ?? '').filter((url) => url !== '');
}

/** `meta` names/properties whose content is a URL of this site's pages or images. */
const URL_METAS = new Set(['og:url', 'og:image', 'og:image:url', 'og:image:secure_url', 'og:audio', 'og:video', 'twitter:image', 'twitter:image:src']);
/** Attributes holding one URL, by tag (`*` for any tag). */
const URL_ATTRIBUTES: Record<string, readonly string[]> = {
  '*': ['href', 'src', 'xlink:href', 'cite', 'poster', 'action'],
  object: ['data'],
};

/** Every URL a page points at: links, anchors, images and their srcsets, stylesheets, scripts, meta images. */
export function pageReferences(html: string): Reference[] {
  const references: Reference[] = [];
  for (const tag of parseTags(html)) {
    for (const attribute of [...(URL_ATTRIBUTES['*'] ?? []), ...(URL_ATTRIBUTES[tag.name] ?? [])]) {
      const url = tag.attributes.get(attribute);
      if (url !== undefined) references.push({ source: `${tag.name}[${attribute}]`, url });
    }
    const srcset = tag.attributes.get('srcset') ?? tag.attributes.get('imagesrcset');
    if (srcset !== undefined) {
      for (const url of parseSrcset(srcset)) references.push({ source: `${tag.name}[srcset]`, url });
    }
    const style = tag.name === 'style' ? tag.text : tag.attributes.get('style');
    if (style) for (const url of cssUrls(style)) references.push({ source: `${tag.name} css url()`, url });
    if (tag.name === 'meta') {
      const key = tag.attributes.get('property') ?? tag.attributes.get('name') ?? '';
      const content = tag.attributes.get('content');
      if (URL_METAS.has(key.toLowerCase()) && content !== undefined) references.push({ source: `meta[${key}]`, url: content });
    }
  }
  return references;
}

/** The ids a fragment can point at in this page: every `id`, and `name` of `a`. */
export function elementIds(html: string): Set<string> {
  const ids = new Set<string>();
  for (const tag of parseTags(html)) {
    const id = tag.attributes.get('id');
    if (id) ids.add(id);
    const name = tag.name === 'a' ? tag.attributes.get('name') : undefined;
    if (name) ids.add(name);
  }
  return ids;
}

/** The built file a URL path is served from: `/a/` → `a/index.html`, `/a.css` → `a.css`. */
export function fileForPath(pathname: string): string {
  const path = pathname.replace(/^\/+/, '');
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}

/** A URL resolved inside the site: its decoded path and fragment, or why it could not be. */
export type Resolved = { kind: 'skip' } | { kind: 'bad'; problem: string } | { kind: 'internal'; pathname: string; fragment: string };

const SKIPPED_SCHEMES = /^(mailto|tel|sms|javascript|data|blob):/i;
const LOCAL_BASE = 'http://site.invalid';

/**
 * Resolves `url`, written in the document served at `fromPath`, within this site.
 * Links to other origins and non-navigational schemes are skipped.
 */
export function resolveReference(url: string, fromPath: string, origins: readonly string[]): Resolved {
  const trimmed = url.trim();
  if (trimmed === '' || SKIPPED_SCHEMES.test(trimmed)) return { kind: 'skip' };
  let parsed: URL;
  try {
    parsed = new URL(trimmed, LOCAL_BASE + fromPath);
  } catch {
    return { kind: 'bad', problem: 'is not a valid URL' };
  }
  if (parsed.origin !== LOCAL_BASE) {
    if (!/^https?:$/.test(parsed.protocol) || !origins.includes(parsed.origin)) return { kind: 'skip' };
  }
  try {
    return { kind: 'internal', pathname: decodeURIComponent(parsed.pathname), fragment: decodeURIComponent(parsed.hash.slice(1)) };
  } catch {
    return { kind: 'bad', problem: 'has a malformed percent-encoding' };
  }
}

/** The built file for a path, also accepting `/a` for `a/index.html` (served as a redirect). */
export function findFile(pathname: string, files: ReadonlySet<string>): string | undefined {
  const file = fileForPath(pathname);
  if (files.has(file)) return file;
  const asDirectory = `${file}/index.html`;
  return pathname.endsWith('/') || !files.has(asDirectory) ? undefined : asDirectory;
}

/**
 * Checks the references of the document at `fromPath` (a URL path such as `/mo-hinh/`):
 * each must be a built file and, when it has a fragment into an HTML page, an id on that page.
 * An empty fragment and `#top` mean the top of the page and always resolve.
 */
export function checkReferences(fromPath: string, references: readonly Reference[], site: BuiltSite): LinkProblem[] {
  const problems: LinkProblem[] = [];
  for (const { source, url } of references) {
    const resolved = resolveReference(url, fromPath, site.origins);
    if (resolved.kind === 'skip') continue;
    const report = (problem: string) => problems.push({ page: fromPath, source, url, problem });
    if (resolved.kind === 'bad') {
      report(resolved.problem);
      continue;
    }
    const file = findFile(resolved.pathname, site.files);
    if (file === undefined) {
      report(`no file ${fileForPath(resolved.pathname)} in the build`);
      continue;
    }
    const { fragment } = resolved;
    if (fragment === '' || fragment.toLowerCase() === 'top' || !file.endsWith('.html')) continue;
    if (!site.ids(file).has(fragment)) report(`no element with id "${fragment}" in ${file}`);
  }
  return problems;
}

/** One line per problem, for a test failure message. */
export function formatLinkProblem({ page, source, url, problem }: LinkProblem): string {
  return `${page}: ${source} "${url}" ${problem}`;
}
