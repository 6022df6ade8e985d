/**
 * Dates as Vietnamese news lists write them, only the known parts of a partial date.
 * Apart from `vi.ts` because the search page formats dates in the browser and should
 * not download every interface string for it; `DateWords` is this part's contract.
 */
export const viDates = {
  /** Day and month arrive zero-padded: "05/11/2026". */
  shortDay: (day: string, month: string, year: number) => `${day}/${month}/${year}`,
  shortMonth: (month: number, year: number) => `tháng ${month}/${year}`,
  longDay: (day: number, month: number, year: number) => `ngày ${day} tháng ${month} năm ${year}`,
  longMonth: (month: number, year: number) => `tháng ${month} năm ${year}`,
  year: (year: number) => `năm ${year}`,
};

export type DateWords = typeof viDates;
