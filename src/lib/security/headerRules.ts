/**
 * The security headers as path rules, the way static hosts' `_headers` files express
 * them: one rule for everything, then rules that replace what differs.
 */
import { headersFor, KIND_PREFIXES, type PageKind, type PolicyOptions } from './headers';

export interface HeaderRule {
  /** URL pattern in _headers syntax: "/*", "/admin/*" or an exact path. */
  path: string;
  headers: Record<string, string>;
  /** Headers a broader rule set that this one removes first (`! Name` in _headers). */
  detach?: string[];
}

/** A rule giving `path` the headers of `kind` where they differ from the public pages'. */
function overrideRule(path: string, kind: PageKind, options: PolicyOptions): HeaderRule {
  const base = headersFor('public', options);
  const own = headersFor(kind, options);
  const changed = Object.keys(own).filter((name) => own[name] !== base[name]);
  return { path, detach: changed.filter((name) => name in base), headers: Object.fromEntries(changed.map((name) => [name, own[name] ?? ''])) };
}

/**
 * `svgPaths`: the SVG files of the build, each given the inert SVG policy (hosts' path
 * patterns cannot match an extension everywhere).
 */
export function headerRules(options: PolicyOptions = {}, svgPaths: readonly string[] = []): HeaderRule[] {
  return [
    { path: '/*', headers: headersFor('public', options) },
    ...(['search', 'admin'] as const).flatMap((kind) => KIND_PREFIXES[kind].map((prefix) => overrideRule(`${prefix}*`, kind, options))),
    ...svgPaths.map((path) => overrideRule(path, 'svg', options)),
  ];
}
