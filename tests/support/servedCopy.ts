/**
 * A copy of the project, changed by a test, built with Astro and served to a fresh
 * Chromium: the set-up of every browser test that needs content of its own.
 */
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser';
import { buildSite, copyProject, removeDir } from './buildSite';
import { serveStatic, type RunningServer } from './staticServer';

export interface ServedCopy {
  root: string;
  dist: string;
  server: RunningServer;
  browser: Browser;
  close(): Promise<void>;
}

export async function servedCopy(prepare: (root: string) => Promise<void>): Promise<ServedCopy> {
  const root = await copyProject();
  await prepare(root);
  const dist = await buildSite(root);
  const server = await serveStatic(dist);
  const browser = await launchBrowser();
  return {
    root,
    dist,
    server,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
      await removeDir(root);
      await removeDir(dist);
    },
  };
}

/** Front matter of a test article that passes the content check. */
export const testArticleFront = (title: string, description: string) =>
  `---\ntitle: "${title}"\ndescription: "${description}"\npublishDate: 2026-11-25\nauthor: "Người thử"\nauthorUnit: "Đơn vị thử"\n---\n\n`;
