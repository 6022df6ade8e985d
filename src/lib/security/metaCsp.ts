/**
 * The Content-Security-Policy a page carries in `<meta http-equiv>`, for hosts that send
 * no headers (GitHub Pages). Browsers ignore some directives there, so they are left out
 * and must come from the host; docs/security-headers.md lists what each host lacks.
 */
import { headersFor, kindOfPath } from './headers';

/** Ignored in a `<meta>` policy (CSP Level 3): only a response header can carry them. */
export const HEADER_ONLY_DIRECTIVES = ['frame-ancestors', 'report-uri', 'report-to', 'sandbox'] as const;

/** `csp` without the directives a meta tag cannot carry. */
export function metaCsp(csp: string): string {
  return csp
    .split(';')
    .map((d) => d.trim())
    .filter((d) => d && !(HEADER_ONLY_DIRECTIVES as readonly string[]).includes(d.split(/\s+/)[0] ?? ''))
    .join('; ');
}

/** The meta policy of the public page at `pathname` (the same policy its headers carry). */
export function pageMetaCsp(pathname: string): string {
  return metaCsp(headersFor(kindOfPath(pathname))['Content-Security-Policy'] ?? '');
}
