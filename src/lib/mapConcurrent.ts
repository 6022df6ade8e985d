/** Maps `items` through `fn` with at most `limit` calls running at once, keeping the order of the results. */
export async function mapConcurrent<T, R>(items: readonly T[], limit: number, fn: (item: T, worker: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async (id: number) => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index] as T, id);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, (_, id) => worker(id)));
  return results;
}

/** How many files the build's own steps (search index, share images) read or write at once. */
export const FILES_AT_ONCE = 16;
