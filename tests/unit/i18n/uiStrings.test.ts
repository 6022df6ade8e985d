import { describe, expect, it } from 'vitest';
import { vi } from '~/i18n/vi';
import { viDates } from '~/i18n/viDates';
import { sourceFiles } from '../../support/sourceFiles';

type Leaf = string | ((...args: never[]) => string);

/** Every key of a strings module with its dotted path: ["nav.news", "Tin tức"], ["home.allModels", fn]. */
function leaves(value: object, prefix = ''): [string, Leaf][] {
  return Object.entries(value).flatMap(([key, v]): [string, Leaf][] =>
    typeof v === 'string' || typeof v === 'function' ? [[prefix + key, v as Leaf]] : leaves(v as object, `${prefix}${key}.`),
  );
}

/** A phrase, or what a phrase function returns for sample arguments (lower case, so lower-casing keeps them). */
function sampleText(leaf: Leaf): { text: string; args: string[] } {
  if (typeof leaf === 'string') return { text: leaf, args: [] };
  const args = Array.from({ length: leaf.length }, (_, i) => `mẫu${i + 1}`);
  return { text: (leaf as (...a: string[]) => string)(...args), args };
}

const modules = [
  { name: 'vi', strings: vi, reader: 'ui' },
  { name: 'viDates', strings: viDates, reader: 'dateWords' },
];

// Every use outside the strings modules themselves: pages, components, layouts and lib.
const code = sourceFiles(['src'], ['.astro', '.ts'], ['src/i18n/'])
  .map((f) => f.text)
  .join('\n');

describe.each(modules)('the Vietnamese interface strings ($name)', ({ strings, reader }) => {
  const all = leaves(strings);

  it('has keys to check', () => {
    expect(all.length).toBeGreaterThan(3);
  });

  it.each(all)('%s is non-empty NFC text that uses every argument it takes', (_path, leaf) => {
    const { text, args } = sampleText(leaf);
    expect(text.trim()).not.toBe('');
    expect(text).toBe(text.normalize('NFC'));
    for (const arg of args) expect(text).toContain(arg);
  });

  it.each(all)('%s is read somewhere in src/', (path) => {
    const use = new RegExp(`\\b${reader}\\.${path.replace(/\./g, '\\.')}\\b`);
    expect(code, `no ${reader}.${path} in src/: remove the key or use it`).toMatch(use);
  });
});
