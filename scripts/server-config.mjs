/**
 * `npm run server-config -- <name>`: prints the nginx or Caddy configuration of the security
 * headers for the settings in the environment (the same variables as the build: SITE_URL,
 * ADMIN_ORIGIN, CSP_REPORT_URL, CMS_*). Names: nginx, nginx-admin, caddy, caddy-admin.
 * Example: SITE_URL=https://antt.example.vn npm run server-config -- nginx > /etc/nginx/snippets/antt.conf
 */
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const NAMES = ['nginx', 'nginx-admin', 'caddy', 'caddy-admin'];
const name = process.argv[2];
if (!NAMES.includes(name ?? '')) {
  console.error(`Cách dùng: npm run server-config -- <${NAMES.join('|')}>`);
  process.exit(1);
}
// The TypeScript sources are loaded through Vite, as the build loads them.
const load = async (path) => (await runnerImport(fileURLToPath(new URL(path, import.meta.url)), { logLevel: 'silent' })).module;
try {
  const { serverConfig } = await load('../src/lib/security/serverConfig.ts');
  const { readSecuritySettings } = await load('../src/lib/security/securitySettings.ts');
  const { SITE } = await load('../src/config.ts');
  process.stdout.write(serverConfig(name, readSecuritySettings(process.env), new URL(SITE.url).origin));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
