/**
 * Publication dates as far as they are known: a year, a month or a day.
 * The seed article only tells its year, and a made-up day must never be shown.
 */
export interface PartialDate {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
}

export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

// Made once: making a formatter costs far more than using it, and the publishing rule asks for today on every entry.
let calendar: Intl.DateTimeFormat | undefined;
const vietnamCalendar = () =>
  (calendar ??= new Intl.DateTimeFormat('en-CA', { timeZone: VIETNAM_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }));

/** The calendar day an instant falls on in Vietnam (UTC+7). */
export function vietnamDay(instant: Date): PartialDate {
  const parts = vietnamCalendar().formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { year: get('year'), month: get('month'), day: get('day') };
}

/**
 * Reads a front-matter date: "2021", "2021-10", "2021-10-05", an ISO date-time
 * (Decap saves those in UTC: they are shown on their Vietnamese calendar day),
 * a YAML date, or a bare year number. Returns an error message in Vietnamese otherwise.
 */
export function parsePartialDate(input: unknown): PartialDate | string {
  if (input instanceof Date) {
    return Number.isNaN(input.getTime()) ? 'không phải ngày hợp lệ' : vietnamDay(input);
  }
  if (typeof input === 'number' && Number.isInteger(input)) return parsePartialDate(String(input));
  if (typeof input !== 'string') return 'phải là ngày dạng NNNN-TT-NN, ví dụ 2026-11-25';
  const text = input.trim();
  const match = PARTIAL.exec(text);
  if (!match) {
    const instant = /^\d{4}-\d{2}-\d{2}T/.test(text) ? new Date(text) : undefined;
    if (instant && !Number.isNaN(instant.getTime())) return vietnamDay(instant);
    return `"${text}" không phải ngày hợp lệ: ghi dạng NNNN-TT-NN, ví dụ 2026-11-25`;
  }
  const [year, month, day] = [match[1], match[2], match[3]].map((v) => (v === undefined ? undefined : Number(v)));
  if (year === undefined || year < 1945 || year > 2100) return `năm ${match[1]} nằm ngoài khoảng 1945–2100`;
  if (month === undefined) return { year };
  if (month < 1 || month > 12) return `"${text}" không có tháng ${month}`;
  if (day === undefined) return { year, month };
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return `"${text}" không có thật: tháng ${month}/${year} không có ngày ${day}`;
  return { year, month, day };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** ISO 8601 text with only the known parts ("2021", "2021-10", "2021-10-05"); also sorts correctly as a string. */
export function toIsoDate(date: PartialDate): string {
  return [String(date.year), date.month && pad(date.month), date.day && pad(date.day)].filter(Boolean).join('-');
}

/** Newest first; a date known only to its year sorts before that year's months. */
export function compareDatesDesc(a: PartialDate, b: PartialDate): number {
  return toIsoDate(b).localeCompare(toIsoDate(a));
}

/** A full Date only when the day is known (feeds and sitemaps need a real day). */
export function toExactDate(date: PartialDate): Date | undefined {
  return date.month && date.day ? new Date(Date.UTC(date.year, date.month - 1, date.day)) : undefined;
}
