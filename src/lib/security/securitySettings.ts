/**
 * Deploy settings of the security policy, read from environment variables at build time
 * (docs/security-headers.md): where violations are reported and where /admin lives.
 */
import { backendOrigins, readCmsSettings } from '../cms/cmsSettings';
import type { PolicyOptions } from './headers';

type Env = Record<string, string | undefined>;

export interface SecuritySettings extends PolicyOptions {
  /** ADMIN_ORIGIN: origin that serves /admin when it is not the public site's, e.g. https://cms.example.vn. */
  adminOrigin?: string | undefined;
}

function parseUrl(name: string, value: string | undefined): URL | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  try {
    const url = new URL(text);
    if (url.protocol === 'https:' || (url.protocol === 'http:' && ['localhost', '127.0.0.1'].includes(url.hostname))) return url;
  } catch {
    // reported below
  }
  throw new Error(`${name}="${text}" không hợp lệ: cần một địa chỉ đầy đủ bắt đầu bằng https:// (http:// chỉ dùng cho localhost).`);
}

/** Reads CSP_REPORT_URL, ADMIN_ORIGIN and the CMS backend's origins; throws in Vietnamese on a malformed URL. */
export function readSecuritySettings(env: Env): SecuritySettings {
  const admin = parseUrl('ADMIN_ORIGIN', env.ADMIN_ORIGIN);
  if (admin && admin.pathname !== '/') {
    throw new Error(`ADMIN_ORIGIN="${env.ADMIN_ORIGIN}" chỉ ghi gốc tên miền (ví dụ https://cms.example.vn), không kèm đường dẫn.`);
  }
  return {
    apiOrigins: backendOrigins(readCmsSettings(env)),
    reportUrl: parseUrl('CSP_REPORT_URL', env.CSP_REPORT_URL)?.href,
    adminOrigin: admin?.origin,
  };
}
