/**
 * The HTTP security headers, defined once: written to dist/_headers for static hosts
 * that read it (Cloudflare Pages, Netlify) and copied into docs/security-headers.md
 * for nginx and Caddy (a unit test keeps the doc in step).
 */

/** Public pages: no inline script at all, nothing from another host. Pagefind needs WebAssembly. */
export const PUBLIC_CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  // Astro inlines small stylesheets; Markdown can carry no style (the sanitiser removes it).
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * /admin only: what Decap CMS needs — eval for its config validator, inline styles
 * of its UI library, blob: and data: for uploaded photos (Decap reads them back with
 * fetch when saving), and the git backend's API: `apiOrigins`, from the CMS settings.
 */
export function adminCsp(apiOrigins: readonly string[] = []): string {
  return [
    "default-src 'self'",
    // Decap validates its configuration with AJV, which compiles validators with new Function().
    "script-src 'self' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https:",
    "font-src 'self' data:",
    ["connect-src 'self' blob: data:", ...apiOrigins].join(' '),
    "frame-src 'self' blob:",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'self'",
  ].join('; ');
}

export const COMMON_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

export interface HeaderRule {
  /** URL pattern in _headers syntax: "/*" or "/admin/*". */
  path: string;
  headers: Record<string, string>;
  /** Headers a broader rule set that this one removes first (`! Name` in _headers). */
  detach?: string[];
}

export function headerRules(apiOrigins: readonly string[] = []): HeaderRule[] {
  return [
    { path: '/*', headers: { ...COMMON_HEADERS, 'Content-Security-Policy': PUBLIC_CSP, 'X-Frame-Options': 'DENY' } },
    {
      path: '/admin/*',
      detach: ['Content-Security-Policy', 'X-Frame-Options', 'Cross-Origin-Opener-Policy'],
      headers: {
        'Content-Security-Policy': adminCsp(apiOrigins),
        'X-Frame-Options': 'SAMEORIGIN',
        // The git host's OAuth login opens a popup that must be able to report back.
        'Cross-Origin-Opener-Policy': 'same-origin-allow-popups',
      },
    },
  ];
}
