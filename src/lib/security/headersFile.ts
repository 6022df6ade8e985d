/** Writes the `_headers` format of static hosts (path line, then indented `Name: value` lines). */
import type { HeaderRule } from './headerRules';

export function formatHeadersFile(rules: readonly HeaderRule[]): string {
  return rules
    .map((rule) => [rule.path, ...(rule.detach ?? []).map((name) => `  ! ${name}`), ...Object.entries(rule.headers).map(([k, v]) => `  ${k}: ${v}`)].join('\n'))
    .join('\n')
    .concat('\n');
}
