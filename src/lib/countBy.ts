import { groupBy } from './groupBy';

/** How many items fall under each key, in the order keys first appear. */
export function countBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, number> {
  return new Map([...groupBy(items, key)].map(([k, group]) => [k, group.length]));
}
