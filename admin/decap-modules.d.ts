/** decap-cms-locales ships no types: each export is a nested object of UI phrases. */
declare module 'decap-cms-locales' {
  type Phrases = { [key: string]: string | Phrases };
  export const en: Phrases;
  export const vi: Phrases;
}
