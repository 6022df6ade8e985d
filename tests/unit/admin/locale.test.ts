import en from 'decap-cms-locales/dist/esm/en/index.js';
import vi from 'decap-cms-locales/dist/esm/vi/index.js';
import { describe, expect, test } from 'vitest';
import { VI_OVERRIDES } from '../../../admin/locale';

type Phrases = { [key: string]: string | Phrases };

/** Every phrase as "path = text". */
function flatten(phrases: Phrases, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(phrases)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [p, v] of flatten(value, path)) out.set(p, v);
  }
  return out;
}

const english = flatten(en as Phrases);
const vietnamese = new Map([...flatten(vi as Phrases), ...flatten(VI_OVERRIDES as Phrases)]);

describe('the CMS in Vietnamese', () => {
  test('every phrase of Decap’s interface has a Vietnamese text (Decap’s own or ours)', () => {
    const missing = [...english.keys()].filter((key) => !vietnamese.has(key));
    expect(missing).toEqual([]);
  });

  test('no Vietnamese phrase is left in English', () => {
    // Brand names and placeholders may stay as they are.
    const same = [...english].filter(
      ([key, text]) =>
        vietnamese.get(key) === text &&
        /[a-z]{3}/i.test(text.replace(/%\{\w+\}|GitHub|GitLab|Bitbucket|Gitea|Netlify|Azure|Forgejo|Decap|Markdown|URL|Email|OK/g, '')),
    );
    expect(same).toEqual([]);
  });

  test('the status button and the backup prompt read correctly', () => {
    expect(vietnamese.get('editor.editorToolbar.status')).toBe('Trạng thái: %{status}');
    expect(vietnamese.get('editor.editor.confirmLoadBackup')).not.toMatch(/tải lên/);
  });
});
