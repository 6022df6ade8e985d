/**
 * Lets plain Node import the site's TypeScript the way Vite does: a relative import without an
 * extension (`./headers`) resolves to `./headers.ts` (or `./x/index.ts`). The benchmark reuses
 * the tests' static server, which reads `_headers` through src/lib/security.
 */
import { registerHooks } from 'node:module';

registerHooks({
  resolve(specifier, context, nextResolve) {
    if (!/^\.{1,2}\//.test(specifier) || /\.[cm]?[jt]sx?$|\.json$/.test(specifier)) return nextResolve(specifier, context);
    for (const candidate of [specifier, `${specifier}.ts`, `${specifier}/index.ts`]) {
      try {
        return nextResolve(candidate, context);
      } catch {
        // try the next form
      }
    }
    return nextResolve(specifier, context);
  },
});
