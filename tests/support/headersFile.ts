/** Reads a built `_headers` file back into rules, so tests serve a build as a static host would. */
import type { HeaderRule } from '../../src/lib/security/headerRules';

export { headersForPath } from '../../src/lib/security/headerRules';

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
