/**
 * The interface's words in the site's language (`SITE.lang`). Components read
 * `ui.<area>.<key>`; adding a language is one module typed `UiStrings` listed here.
 */
import { SITE } from '../config';
import { vi, type UiStrings } from './vi';

const languages = { vi } satisfies Record<string, UiStrings>;

export const ui: UiStrings = languages[SITE.lang];
