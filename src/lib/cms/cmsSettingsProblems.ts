/**
 * What a production build refuses in the CMS settings: each would otherwise surface only in
 * an editor's browser (a login through someone else's OAuth server, Forgejo's English error,
 * Gitea silently talking to try.gitea.io). Each message names the variable and what to set.
 */
import type { CmsSettings } from './cmsSettings';

/** A URL the admin may use: https, or http on this machine only. */
function urlProblem(name: string, value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    if (url.protocol === 'https:') return undefined;
    if (url.protocol === 'http:' && ['localhost', '127.0.0.1'].includes(url.hostname)) return undefined;
  } catch {
    // reported below
  }
  return `${name}="${value}" không phải một địa chỉ hợp lệ: ghi đầy đủ, bắt đầu bằng https:// (ví dụ https://git.example.vn).`;
}

const missing = (name: string, what: string) => `Thiếu ${name}: ${what}`;

const apiRootExample = (settings: CmsSettings, version: string) =>
  settings.baseUrl ? `${settings.baseUrl.replace(/\/+$/, '')}/api/${version}` : `https://git.example.vn/api/${version}`;

/** Every problem of these settings for a production build, in Vietnamese; empty when they are usable. */
export function cmsSettingsProblems(settings: CmsSettings): string[] {
  const problems = [urlProblem('CMS_BASE_URL', settings.baseUrl), urlProblem('CMS_API_ROOT', settings.apiRoot)];
  const { backend } = settings;
  if (backend !== 'local' && !/^[^/\s]+(\/[^/\s]+)+$/.test(settings.repo)) {
    problems.push(`CMS_REPO="${settings.repo}" không hợp lệ: ghi dạng chủ-sở-hữu/tên-kho, ví dụ cong-an-tuyen-quang/antt.`);
  }
  if (backend === 'github' && !settings.baseUrl) {
    problems.push(
      missing(
        'CMS_BASE_URL',
        'với CMS_BACKEND=github, đăng nhập đi qua một máy chủ OAuth; nếu để trống, Decap dùng máy chủ của bên thứ ba (api.netlify.com). Đặt CMS_BASE_URL là địa chỉ máy chủ OAuth của đơn vị (ví dụ https://oauth.example.vn) và CMS_AUTH_ENDPOINT nếu cần.',
      ),
    );
  }
  if (backend === 'gitea' || backend === 'forgejo') {
    const name = backend === 'gitea' ? 'Gitea' : 'Forgejo';
    if (!settings.apiRoot) {
      problems.push(
        missing(
          'CMS_API_ROOT',
          `với CMS_BACKEND=${backend}, trang quản trị cần địa chỉ API của máy chủ ${name} của đơn vị, ví dụ ${apiRootExample(settings, 'v1')}.` +
            (backend === 'gitea' ? ' Nếu để trống, Decap âm thầm dùng máy chủ thử nghiệm công cộng try.gitea.io.' : ''),
        ),
      );
    }
    if (backend === 'gitea' && !settings.baseUrl) {
      problems.push(
        missing(
          'CMS_BASE_URL',
          'với CMS_BACKEND=gitea, đăng nhập đi qua máy chủ Gitea của đơn vị: đặt địa chỉ gốc của nó, ví dụ https://git.example.vn (nếu để trống, Decap đăng nhập qua try.gitea.io).',
        ),
      );
    }
  }
  if (backend === 'gitlab') {
    // Self-hosted needs both: login (base URL) and API (api root) on the unit's server, never one of each.
    if (settings.baseUrl && !settings.apiRoot) {
      problems.push(
        missing('CMS_API_ROOT', `CMS_BASE_URL chỉ tới máy chủ GitLab riêng nên cần cả địa chỉ API của nó, ví dụ ${apiRootExample(settings, 'v4')}.`),
      );
    }
    if (settings.apiRoot && !settings.baseUrl) {
      problems.push(
        missing('CMS_BASE_URL', 'CMS_API_ROOT chỉ tới máy chủ GitLab riêng nên cần cả địa chỉ gốc của nó để đăng nhập, ví dụ https://git.example.vn.'),
      );
    }
  }
  if ((backend === 'gitlab' || backend === 'gitea' || backend === 'forgejo') && !settings.appId) {
    problems.push(
      missing(
        'CMS_APP_ID',
        `đăng nhập kiểu PKCE cần mã ứng dụng OAuth (Client ID). Tạo một ứng dụng OAuth2 không bí mật (non-confidential) trên máy chủ ${backend === 'gitlab' ? 'GitLab' : backend === 'gitea' ? 'Gitea' : 'Forgejo'} với địa chỉ chuyển hướng https://<trang>/admin/ rồi đặt CMS_APP_ID là Client ID của nó.`,
      ),
    );
  }
  return problems.filter((p): p is string => Boolean(p));
}
