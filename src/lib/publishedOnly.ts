/**
 * Wraps a content loader so that nothing of a draft or of an entry scheduled for a later
 * day is published: its photos (front matter and body) would otherwise be bundled into
 * /_astro/ at a guessable URL even though no page shows them. The entry stays in Astro's
 * data store without its photos and rendered body, so a published article that names a
 * draft model still resolves the reference (listings leave it out: isPublished).
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { unpublishedReason } from './isPublished';

type StoredEntry = Parameters<LoaderContext['store']['set']>[0];

export function publishedOnly(loader: Loader, imageFields: readonly string[]): Loader {
  return {
    ...loader,
    load: (context: LoaderContext) => {
      const held = new Set<string>();
      const parseData: LoaderContext['parseData'] = async (props) => {
        const data = props.data as Record<string, unknown>;
        const reason = unpublishedReason(data);
        if (!reason) return context.parseData(props);
        held.add(props.id);
        if (reason === 'scheduled') context.logger.info(`${props.id}: hẹn giờ, sẽ đăng khi đến ngày.`);
        // Without its photo fields, the schema registers no image of it for the build.
        const withoutPhotos = Object.fromEntries(Object.entries(data).filter(([key]) => !imageFields.includes(key))) as typeof props.data;
        return context.parseData({ ...props, data: withoutPhotos });
      };
      const store = new Proxy(context.store, {
        get(target, key, receiver) {
          if (key === 'set') {
            return (entry: StoredEntry) => target.set(held.has(entry.id) ? { ...entry, rendered: undefined, assetImports: undefined } : entry);
          }
          const value = Reflect.get(target, key, receiver);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
      return loader.load({ ...context, parseData, store });
    },
  };
}
