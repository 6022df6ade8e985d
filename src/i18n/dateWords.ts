/** The date words in the site's language (`SITE.lang`); see `viDates.ts` for why they stand apart. */
import { SITE } from '../config';
import { viDates, type DateWords } from './viDates';

const languages = { vi: viDates } satisfies Record<string, DateWords>;

export const dateWords: DateWords = languages[SITE.lang];
