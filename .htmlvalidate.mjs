/**
 * html-validate settings for the built site (`npx html-validate dist`, and tests/e2e/pages.test.ts).
 * A JavaScript file rather than .htmlvalidate.json so that each rule turned off carries its reason.
 * Only advisory rules may be turned off here, never a validity or accessibility rule.
 */
export default {
  root: true,
  extends: ['html-validate:recommended'],
  rules: {
    // An SEO length hint (70 characters), not validity: model and article titles are the official
    // names of the models, often 100+ characters, and cannot be shortened without losing their meaning.
    'long-title': 'off',
  },
};
