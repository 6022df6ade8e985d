/**
 * Builds the real site once for every browser and build test with `npm run build` (so the
 * search tests read the index made after Astro's process exited, as in a deploy), serves it on
 * a free port, and hands both to the tests through `inject('siteDir')` / `inject('siteUrl')`.
 */
import type { TestProject } from 'vitest/node';
import { buildSiteWithNpm, removeDir } from './buildSite';
import { serveStatic } from './staticServer';

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
    siteUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const siteDir = await buildSiteWithNpm();
  const server = await serveStatic(siteDir);
  project.provide('siteDir', siteDir);
  project.provide('siteUrl', server.url);
  return async () => {
    await server.close();
    await removeDir(siteDir);
  };
}
