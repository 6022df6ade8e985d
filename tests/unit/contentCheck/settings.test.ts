import { describe, expect, test } from 'vitest';
import { readCmsSettings } from '~/lib/cms/cmsSettings';
import { buildDecapConfig } from '../../../admin/decapConfig';
import type { DecapFilesCollection } from '../../../admin/decapTypes';
import { checkContent } from '~/lib/contentCheck/checkContent';
import { settingsFields } from '~/schema/settingsFields';
import { useContentFixture } from '../../support/contentFixture';
import { PROJECT_ROOT } from '../../support/buildSite';

const FILE = 'content/settings/site.yml';
const fixture = useContentFixture();

describe('the site settings entry', () => {
  test('the project’s own settings pass the content check', async () => {
    const problems = await checkContent(PROJECT_ROOT);
    expect(problems.filter((p) => p.file.startsWith('content/settings/'))).toEqual([]);
  });

  test('every value is optional: an empty or missing settings file is fine', async () => {
    expect(await checkContent(fixture.root)).toEqual([]);
    await fixture.write(FILE, 'publisher: "Công an tỉnh Tuyên Quang"\n');
    expect(await checkContent(fixture.root)).toEqual([]);
  });

  test('is checked like other entries: a misspelt key, a wrong type and a missing logo file are named with their field', async () => {
    await fixture.write(FILE, 'publsher: "Công an tỉnh"\nhotlines: "113"\nlogo:\n  src: ./huy-hieu.png\n  alt: "Huy hiệu Công an nhân dân"\n');
    const problems = await checkContent(fixture.root);
    expect(problems.every((p) => p.file === FILE)).toBe(true);
    expect(problems.map((p) => p.field).sort()).toEqual(['hotlines', 'logo.src', 'publsher']);
    expect(problems.find((p) => p.field === 'publsher')?.message).toContain('publisher');
  });

  test('a stray file in the settings folder is reported, naming the one file that is read', async () => {
    await fixture.write('content/settings/khac.yml', 'publisher: "X"\n');
    const problems = await checkContent(fixture.root);
    expect(problems).toEqual([expect.objectContaining({ file: 'content/settings/khac.yml', message: expect.stringContaining('content/settings/site.yml') })]);
  });

  test('the CMS edits it as one file, with every field optional and photos beside it', () => {
    const config = buildDecapConfig(readCmsSettings({}), { today: '2026-11-25' });
    const settings = config.collections.find((c) => c.name === 'settings') as DecapFilesCollection;
    expect(settings).toMatchObject({ create: false, delete: false, media_folder: '', public_folder: '' });
    expect(settings.files).toHaveLength(1);
    expect(settings.files[0]).toMatchObject({ name: 'site', file: FILE });
    expect(settings.files[0]!.fields.map((f) => f.name)).toEqual(settingsFields.map((f) => f.name));
    expect(settings.files[0]!.fields.every((f) => f.required === false)).toBe(true);
    expect(settings).not.toHaveProperty('folder');
  });
});
