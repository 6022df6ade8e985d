import { dateWords } from '../i18n/dateWords';
import type { PartialDate } from '../schema/partialDate';

/** "25/11/2026", "tháng 10/2021", "năm 2021": as news lists write dates. */
export function formatDateShort(date: PartialDate): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  if (date.month && date.day) return dateWords.shortDay(pad(date.day), pad(date.month), date.year);
  if (date.month) return dateWords.shortMonth(date.month, date.year);
  return dateWords.year(date.year);
}

/** "ngày 25 tháng 11 năm 2026", the formal style, with only the known parts. */
export function formatDateLong(date: PartialDate): string {
  if (date.month && date.day) return dateWords.longDay(date.day, date.month, date.year);
  if (date.month) return dateWords.longMonth(date.month, date.year);
  return dateWords.year(date.year);
}
