/**
 * The HTTP security headers, defined once. Everything else is derived from `headersFor()`:
 * dist/_headers (Cloudflare Pages, Netlify), the `<meta>` policy of every page (GitHub Pages
 * and other hosts that send no headers), and the nginx and Caddy configurations
 * (`npm run server-config`). docs/security-headers.md says which host gets what.
 */
import { urls } from '../urls';

/** What a response is, for its headers: a public page, the search page, the CMS, or an SVG file. */
export type PageKind = 'public' | 'search' | 'admin' | 'svg';

export interface PolicyOptions {
  /** Origins the CMS talks to (its git backend's API): the /admin policy's connect-src. */
  apiOrigins?: readonly string[];
  /** CSP_REPORT_URL: where browsers report violations (report-uri / report-to); headers only. */
  reportUrl?: string | undefined;
}

/** One CSP directive: its name, then its sources. */
type Directive = readonly [string, ...string[]];

const policy = (directives: readonly Directive[]) => directives.map((d) => d.join(' ')).join('; ');

/** Name of the reporting endpoint in `Reporting-Endpoints`, used by `report-to`. */
export const REPORT_GROUP = 'csp';

function reporting(reportUrl: string | undefined): Directive[] {
  return reportUrl
    ? [
        ['report-uri', reportUrl],
        ['report-to', REPORT_GROUP],
      ]
    : [];
}

/** Public pages: no inline script and nothing from another host. They ship no script of their own. */
function publicDirectives(scriptSrc: readonly string[]): Directive[] {
  return [
    ['default-src', "'self'"],
    ['script-src', ...scriptSrc],
    // Astro inlines small stylesheets; Markdown can carry no style (the sanitiser removes it).
    ['style-src', "'self'", "'unsafe-inline'"],
    ['img-src', "'self'", 'data:'],
    ['font-src', "'self'"],
    ['connect-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
    ['frame-ancestors', "'none'"],
  ];
}

/**
 * Every public page. No Trusted Types: these pages run no script of their own but search's,
 * so it would protect little, and the search page writes its excerpts' <mark> with innerHTML.
 */
export const PUBLIC_CSP = policy(publicDirectives(["'self'"]));

/**
 * The search page (/tim-kiem/) and its index: the public policy. Its index is read by the
 * page's own script (src/lib/search/), with no WebAssembly since Pagefind's left the page, so
 * nothing there needs `'wasm-unsafe-eval'` any more.
 */
export const SEARCH_CSP = PUBLIC_CSP;

/**
 * /admin only: what Decap CMS needs — eval for its config validator, inline styles
 * of its UI library, blob: and data: for uploaded photos (Decap reads them back with
 * fetch when saving), and the git backend's API: `apiOrigins`, from the CMS settings.
 */
export function adminCsp(apiOrigins: readonly string[] = []): string {
  return policy([
    ['default-src', "'self'"],
    // Decap validates its configuration with AJV, which compiles validators with new Function().
    ['script-src', "'self'", "'unsafe-eval'"],
    ['style-src', "'self'", "'unsafe-inline'"],
    ['img-src', "'self'", 'data:', 'blob:', 'https:'],
    ['font-src', "'self'", 'data:'],
    ['connect-src', "'self'", 'blob:', 'data:', ...apiOrigins],
    ['frame-src', "'self'", 'blob:'],
    ['worker-src', "'self'", 'blob:'],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
    // Decap's preview is a same-origin frame, which inherits this policy.
    ['frame-ancestors', "'self'"],
  ]);
}

/**
 * Any .svg file opened directly: an image, never a document. No script, no plugin, no
 * form, in a sandbox (an opaque origin) even if a browser ignored script-src.
 */
export const SVG_CSP = policy([
  ['default-src', "'none'"],
  ['img-src', "'self'", 'data:'],
  ['style-src', "'unsafe-inline'"],
  ['script-src', "'none'"],
  ['sandbox'],
]);

export const COMMON_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

const withReporting = (csp: string, reportUrl: string | undefined) => [csp, ...reporting(reportUrl).map((d) => d.join(' '))].join('; ');

/** Every header a response of this kind gets, in full. */
export function headersFor(kind: PageKind, options: PolicyOptions = {}): Record<string, string> {
  const { reportUrl } = options;
  const csp = { public: PUBLIC_CSP, search: SEARCH_CSP, admin: adminCsp(options.apiOrigins), svg: SVG_CSP }[kind];
  return {
    ...COMMON_HEADERS,
    'Content-Security-Policy': withReporting(csp, reportUrl),
    'X-Frame-Options': kind === 'admin' ? 'SAMEORIGIN' : 'DENY',
    // The git host's OAuth login opens a popup that must be able to report back.
    ...(kind === 'admin' && { 'Cross-Origin-Opener-Policy': 'same-origin-allow-popups' }),
    ...(reportUrl && { 'Reporting-Endpoints': `${REPORT_GROUP}="${reportUrl}"` }),
  };
}

/**
 * Path prefixes with their own policy kind. The search page and its index files (/pagefind/)
 * now get the same headers as public pages (SEARCH_CSP is PUBLIC_CSP, since no WebAssembly
 * runs there); the kind still names those paths in every server config.
 */
export const KIND_PREFIXES = { search: [urls.search, '/pagefind/'], admin: ['/admin/'] } as const;

/** Which policy a URL path gets; SVG by its extension wherever it is. */
export function kindOfPath(pathname: string): PageKind {
  if (/\.svg$/i.test(pathname)) return 'svg';
  for (const kind of ['admin', 'search'] as const) if (KIND_PREFIXES[kind].some((prefix) => pathname.startsWith(prefix))) return kind;
  return 'public';
}
