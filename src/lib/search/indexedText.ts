/**
 * The text Pagefind indexes from a built page, read from its HTML without a DOM: the inside
 * of every `data-pagefind-body` element minus `data-pagefind-ignore`d parts, scripts and
 * styles, plus the text of `data-pagefind-meta` elements (metadata is searched too, even
 * inside ignored parts). Good enough to list the words of a page; not a general HTML parser.
 */
import { decodeEntities } from '../decodeEntities';

interface Element {
  start: number;
  /** Index just after the start tag. */
  innerStart: number;
  /** Index of the end tag (the end of the text for a void or unclosed element). */
  innerEnd: number;
  end: number;
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** Elements whose start tag matches `attribute`, each with its balanced end tag. */
function elementsWith(html: string, attribute: string): Element[] {
  const found: Element[] = [];
  const startTag = new RegExp(`<([a-zA-Z][\\w-]*)\\b[^>]*?\\s${attribute}(?=[\\s=/>])[^>]*>`, 'g');
  for (let m = startTag.exec(html); m; m = startTag.exec(html)) {
    const name = (m[1] ?? '').toLowerCase();
    const innerStart = m.index + m[0].length;
    if (VOID.has(name) || m[0].endsWith('/>')) {
      found.push({ start: m.index, innerStart, innerEnd: innerStart, end: innerStart });
      continue;
    }
    const tags = new RegExp(`<(/?)${name}\\b[^>]*>`, 'gi');
    tags.lastIndex = innerStart;
    let depth = 1;
    let element: Element = { start: m.index, innerStart, innerEnd: html.length, end: html.length };
    for (let t = tags.exec(html); t; t = tags.exec(html)) {
      depth += t[1] === '/' ? -1 : 1;
      if (depth === 0) {
        element = { start: m.index, innerStart, innerEnd: t.index, end: t.index + t[0].length };
        break;
      }
    }
    found.push(element);
    startTag.lastIndex = innerStart;
  }
  return found;
}

/** `html` without the given elements (outermost ones win when they nest). */
function without(html: string, elements: Element[]): string {
  let out = '';
  let at = 0;
  for (const e of [...elements].sort((a, b) => a.start - b.start)) {
    if (e.start < at) continue;
    out += html.slice(at, e.start);
    at = e.end;
  }
  return out + html.slice(at);
}

function textOf(html: string): string {
  const noCode = html.replace(/<(script|style|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ');
  return decodeEntities(noCode.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim();
}

/** Inline values (`key:value`) and element text of every `data-pagefind-meta` in `html`. */
function metaTexts(html: string): string[] {
  const out: string[] = [];
  for (const e of elementsWith(html, 'data-pagefind-meta')) {
    const tag = html.slice(e.start, e.innerStart);
    const attr = /\sdata-pagefind-meta\s*=\s*("([^"]*)"|'([^']*)')/.exec(tag);
    const spec = decodeEntities(attr?.[2] ?? attr?.[3] ?? '');
    const inline = /^[^,[\]:]+:([\s\S]*)$/.exec(spec);
    out.push(inline ? (inline[1] ?? '') : textOf(html.slice(e.innerStart, e.innerEnd)));
  }
  return out.filter(Boolean);
}

export function indexedText(html: string): string {
  const parts: string[] = [];
  for (const body of elementsWith(html, 'data-pagefind-body')) {
    const inner = html.slice(body.innerStart, body.innerEnd);
    parts.push(...metaTexts(inner));
    parts.push(textOf(without(inner, elementsWith(inner, 'data-pagefind-ignore'))));
  }
  return parts.filter(Boolean).join(' ');
}
