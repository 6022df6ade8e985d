import type { PartialDate } from '../schema/partialDate';

/** "25/11/2026", "tháng 10/2021", "năm 2021": as Vietnamese news lists write dates. */
export function formatDateShort(date: PartialDate): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  if (date.month && date.day) return `${pad(date.day)}/${pad(date.month)}/${date.year}`;
  if (date.month) return `tháng ${date.month}/${date.year}`;
  return `năm ${date.year}`;
}

/** "ngày 25 tháng 11 năm 2026", the formal style, with only the known parts. */
export function formatDateLong(date: PartialDate): string {
  if (date.month && date.day) return `ngày ${date.day} tháng ${date.month} năm ${date.year}`;
  if (date.month) return `tháng ${date.month} năm ${date.year}`;
  return `năm ${date.year}`;
}
