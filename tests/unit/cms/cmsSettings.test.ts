import { describe, expect, test } from 'vitest';
import { CmsSettingsError, readCmsSettings } from '../../../src/lib/cms/cmsSettings';

/** The problems a production build reports for these variables (empty when it would build). */
function problemsFor(env: Record<string, string>): string[] {
  try {
    readCmsSettings(env, { production: true });
    return [];
  } catch (error) {
    if (error instanceof CmsSettingsError) return error.problems;
    throw error;
  }
}

const forgejo = { CMS_BACKEND: 'forgejo', CMS_REPO: 'ca/antt', CMS_API_ROOT: 'https://git.ca.vn/api/v1', CMS_APP_ID: 'abc' };
const gitea = { ...forgejo, CMS_BACKEND: 'gitea', CMS_BASE_URL: 'https://git.ca.vn' };

describe('a production build refuses CMS settings that would only fail in the browser', () => {
  test('the development defaults (local backend) stay accepted, and dev never checks', () => {
    expect(problemsFor({})).toEqual([]);
    expect(readCmsSettings({ CMS_BACKEND: 'github', CMS_REPO: 'a/b' }).backend).toBe('github');
  });

  test('github without CMS_BASE_URL: login would go through a third party, so the build names the variable', () => {
    const [problem, ...rest] = problemsFor({ CMS_BACKEND: 'github', CMS_REPO: 'ca/antt' });
    expect(rest).toEqual([]);
    expect(problem).toMatch(/^Thiếu CMS_BASE_URL: /);
    expect(problem).toContain('api.netlify.com');
    expect(problemsFor({ CMS_BACKEND: 'github', CMS_REPO: 'ca/antt', CMS_BASE_URL: 'https://oauth.ca.vn' })).toEqual([]);
  });

  test('forgejo without CMS_API_ROOT or CMS_APP_ID: both named, with an example API address', () => {
    const problems = problemsFor({ CMS_BACKEND: 'forgejo', CMS_REPO: 'ca/antt', CMS_BASE_URL: 'https://git.ca.vn' });
    expect(problems.map((p) => p.split(':')[0])).toEqual(['Thiếu CMS_API_ROOT', 'Thiếu CMS_APP_ID']);
    expect(problems[0]).toContain('https://git.ca.vn/api/v1');
    expect(problemsFor(forgejo)).toEqual([]);
  });

  test('gitea without CMS_API_ROOT or CMS_BASE_URL: the public demo server is named as what would happen', () => {
    const problems = problemsFor({ CMS_BACKEND: 'gitea', CMS_REPO: 'ca/antt', CMS_APP_ID: 'abc' });
    expect(problems.map((p) => p.split(':')[0])).toEqual(['Thiếu CMS_API_ROOT', 'Thiếu CMS_BASE_URL']);
    expect(problems.every((p) => p.includes('try.gitea.io'))).toBe(true);
    expect(problemsFor(gitea)).toEqual([]);
  });

  test('gitlab: PKCE needs CMS_APP_ID, and a self-hosted server needs both its address and its API', () => {
    expect(problemsFor({ CMS_BACKEND: 'gitlab', CMS_REPO: 'ca/antt' }).map((p) => p.split(':')[0])).toEqual(['Thiếu CMS_APP_ID']);
    expect(problemsFor({ CMS_BACKEND: 'gitlab', CMS_REPO: 'ca/antt', CMS_APP_ID: 'x' })).toEqual([]);
    const onlyBase = problemsFor({ CMS_BACKEND: 'gitlab', CMS_REPO: 'ca/antt', CMS_APP_ID: 'x', CMS_BASE_URL: 'https://gitlab.ca.vn' });
    expect(onlyBase).toHaveLength(1);
    expect(onlyBase[0]).toMatch(/^Thiếu CMS_API_ROOT: .*https:\/\/gitlab\.ca\.vn\/api\/v4/);
    const onlyApi = problemsFor({ CMS_BACKEND: 'gitlab', CMS_REPO: 'ca/antt', CMS_APP_ID: 'x', CMS_API_ROOT: 'https://gitlab.ca.vn/api/v4' });
    expect(onlyApi.map((p) => p.split(':')[0])).toEqual(['Thiếu CMS_BASE_URL']);
  });

  test('malformed or plain-http addresses are refused with the variable and the value', () => {
    const problems = problemsFor({ ...forgejo, CMS_API_ROOT: 'git.ca.vn/api/v1', CMS_BASE_URL: 'http://git.ca.vn' });
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain('CMS_BASE_URL="http://git.ca.vn" không phải một địa chỉ hợp lệ');
    expect(problems[1]).toContain('CMS_API_ROOT="git.ca.vn/api/v1"');
    expect(problemsFor({ ...forgejo, CMS_API_ROOT: 'http://localhost:3000/api/v1' })).toEqual([]);
  });

  test('a repository that is not owner/name is refused', () => {
    expect(problemsFor({ ...forgejo, CMS_REPO: 'antt' })[0]).toContain('CMS_REPO="antt" không hợp lệ');
  });
});
