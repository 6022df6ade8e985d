interface ImportMetaEnv {
  /** True when building the site, false on the dev server (set by src/integrations/securityHeaders.ts). */
  readonly CSP_IN_PAGE: boolean;
}
