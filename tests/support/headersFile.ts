/** Reads a built `_headers` file back into rules, so tests serve a build as a static host would. */
// Self-contained but for a type: the benchmark loads this file from plain Node (through staticServer.ts).
import type { HeaderRule } from '~/lib/security/headerRules';

/** The headers a host sends for `pathname`: every matching rule in order, later ones detaching earlier headers. */
export function headersForPath(rules: readonly HeaderRule[], pathname: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const rule of rules) {
    const pattern = new RegExp(`^${rule.path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
    if (!pattern.test(pathname)) continue;
    for (const name of rule.detach ?? []) delete result[name];
    Object.assign(result, rule.headers);
  }
  return result;
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: {}, detach: [] });
      continue;
    }
    const rule = rules.at(-1);
    if (!rule) continue;
    const text = line.trim();
    if (text.startsWith('!')) rule.detach?.push(text.slice(1).trim());
    else {
      const colon = text.indexOf(':');
      rule.headers[text.slice(0, colon).trim()] = text.slice(colon + 1).trim();
    }
  }
  return rules;
}
