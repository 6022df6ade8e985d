/**
 * How searches enter the browser history. A committed search (Enter, a filter, the order)
 * gets its own entry; searches made while typing share one entry, so Back goes to the
 * previous search, not to each letter typed.
 */
import { paramsFromState, searchHref, type SearchState } from './searchState';

/** What each history entry remembers: the search, and whether typing may still refine it. */
export interface HistoryEntry {
  search: string;
  live: boolean;
}

export function historyEntry(state: SearchState, live: boolean): HistoryEntry {
  return { search: paramsFromState(state).toString(), live };
}

/** The entry in `history.state`, or undefined for one this page did not write. */
export function readHistoryEntry(value: unknown): HistoryEntry | undefined {
  const entry = value as Partial<HistoryEntry> | null | undefined;
  return entry && typeof entry.search === 'string' ? { search: entry.search, live: Boolean(entry.live) } : undefined;
}

export interface HistoryStep {
  method: 'pushState' | 'replaceState';
  entry: HistoryEntry;
  url: string;
}

/** What to do with the history when `state` is shown, `current` being the entry on screen. */
export function historyStep(current: HistoryEntry | undefined, state: SearchState, live: boolean, path: string): HistoryStep {
  const next = historyEntry(state, live);
  const url = searchHref(state, path);
  // The same search again: stays one entry, which a commit closes to further typing.
  if (current?.search === next.search) return { method: 'replaceState', entry: { ...next, live: live && current.live }, url };
  // Typing refines the entry typing made.
  if (current?.live) return { method: 'replaceState', entry: next, url };
  return { method: 'pushState', entry: next, url };
}
