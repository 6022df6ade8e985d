// @ts-check
/**
 * Lint for the whole project: TypeScript and Astro files, plus the rule that the site
 * (src/) never imports the CMS (admin/) or tests; the layers inside src/ are checked by
 * tests/unit/schema/layers.test.ts.
 */
import astro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

const layer = (files, patterns) => ({ files, rules: { 'no-restricted-imports': ['error', { patterns }] } });

export default tseslint.config(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'test-results/', '.test-builds/', 'coverage/'] },
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  // src/pages/admin/ is the one page that mounts the CMS.
  {
    ...layer(['src/**'], [{ group: ['**/admin/**', '**/tests/**'], message: 'src/ is the site: it must not import the CMS (admin/) or tests.' }]),
    ignores: ['src/pages/admin/**'],
  },
);
