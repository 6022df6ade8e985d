/** decap-cms-locales ships no types: each export is a nested object of UI phrases. */
declare module 'decap-cms-locales' {
  type Phrases = { [key: string]: string | Phrases };
  export const en: Phrases;
  export const vi: Phrases;
}

/** The ES module builds of single locales (the package's main file needs `window`; tests run in Node). */
declare module 'decap-cms-locales/dist/esm/en/index.js' {
  const phrases: { [key: string]: unknown };
  export default phrases;
}
declare module 'decap-cms-locales/dist/esm/vi/index.js' {
  const phrases: { [key: string]: unknown };
  export default phrases;
}
