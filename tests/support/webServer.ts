/** What the real web servers the deploy tests run (nginx.ts, caddy.ts) share. */
import type { ChildProcess } from 'node:child_process';

export interface WebSite {
  /** The built site (dist/) this server block serves. */
  root: string;
  /** What to include in the server block: a generated configuration. */
  include: string;
  /** Port to listen on; a free one when absent. */
  port?: number;
}

export interface RunningWebServer {
  /** http://127.0.0.1:<port> of each site, in order. */
  urls: string[];
  /** The server's own check of the whole configuration (`nginx -t`, `caddy validate`). */
  testOutput: string;
  close(): Promise<void>;
}

export async function waitForPort(url: string, child: ChildProcess, log: () => string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`exited: ${log()}`);
    if (
      await fetch(url, { redirect: 'manual' }).then(
        () => true,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`did not start: ${log()}`);
}

/** Stops a server this test started, and waits until it has exited. */
export async function stopChild(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill(signal);
  await exited;
}
