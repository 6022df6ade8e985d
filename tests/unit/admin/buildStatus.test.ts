import { describe, expect, test } from 'vitest';
import { buildStatusUrl } from '../../../admin/buildStatus';
import { readCmsSettings } from '~/lib/cms/cmsSettings';

describe('buildStatusUrl (the CMS link to the site builds)', () => {
  test('points at the CI runs of the repository the CMS commits to', () => {
    expect(buildStatusUrl(readCmsSettings({ CMS_BACKEND: 'github', CMS_REPO: 'cong-an/antt' }))).toBe('https://github.com/cong-an/antt/actions');
    expect(buildStatusUrl(readCmsSettings({ CMS_BACKEND: 'forgejo', CMS_REPO: 'ca/antt', CMS_BASE_URL: 'https://git.example.vn/' }))).toBe(
      'https://git.example.vn/ca/antt/actions',
    );
    expect(buildStatusUrl(readCmsSettings({ CMS_BACKEND: 'gitlab', CMS_REPO: 'ca/antt' }))).toBe('https://gitlab.com/ca/antt/-/pipelines');
  });

  test('is absent when editing locally, where nothing is built', () => {
    expect(buildStatusUrl(readCmsSettings({}))).toBeUndefined();
  });
});
