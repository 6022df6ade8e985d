/**
 * Type tests, checked by `astro check` (part of `npm test`): the Vietnamese modules' types
 * are the contract a future language module must satisfy. Each `@ts-expect-error` below
 * fails the check if the mistake under it ever stops being a type error.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { SITE } from '~/config';
import { dateWords } from '~/i18n/dateWords';
import { ui } from '~/i18n/ui';
import { vi, type UiStrings } from '~/i18n/vi';
import { viDates, type DateWords } from '~/i18n/viDates';

describe('the contract of a language module', () => {
  it('refuses a module that lacks an area or a key', () => {
    const { footer: _footer, ...withoutFooter } = vi;
    // @ts-expect-error the footer's words are missing
    const noArea: UiStrings = withoutFooter;
    const { news: _news, ...navWithoutNews } = vi.nav;
    // @ts-expect-error the menu has no word for the news section
    const noKey: UiStrings = { ...vi, nav: navWithoutNews };
    const { year: _year, ...withoutYear } = viDates;
    // @ts-expect-error a date known only to its year cannot be written
    const noDateWord: DateWords = withoutYear;
    expect([noArea, noKey, noDateWord]).toHaveLength(3);
  });

  it('refuses a phrase that takes other arguments than the Vietnamese one', () => {
    // @ts-expect-error "Tất cả N mô hình" needs the count
    const fixed: UiStrings = { ...vi, home: { ...vi.home, allModels: 'Tất cả mô hình' } };
    // @ts-expect-error the count is a number, not text
    const wrongType: UiStrings = { ...vi, home: { ...vi.home, allModels: (count: string) => `All ${count} models` } };
    expect([fixed, wrongType]).toHaveLength(2);
  });

  it('refuses a key the Vietnamese module does not have, so typos surface', () => {
    // @ts-expect-error "newz" is not a key of the menu
    const extra: UiStrings = { ...vi, nav: { ...vi.nav, newz: 'News' } };
    expect(extra.nav.news).toBe(vi.nav.news);
  });

  it('accepts a complete module in another language', () => {
    const english = { ...vi, nav: { ...vi.nav, news: 'News' }, home: { ...vi.home, allModels: (count: number) => `All ${count} models` } } satisfies UiStrings;
    expect(english.home.allModels(3)).toBe('All 3 models');
  });

  it('gives pages the module of the site language, SITE.lang', () => {
    expectTypeOf(ui).toEqualTypeOf<UiStrings>();
    expectTypeOf(dateWords).toEqualTypeOf<DateWords>();
    expect(SITE.lang).toBe('vi');
    expect(ui).toBe(vi);
    expect(dateWords).toBe(viDates);
  });
});
