/**
 * Wraps a content loader so that drafts and entries scheduled for a later day never
 * enter Astro's data store: their front-matter photos would otherwise be bundled into
 * /_astro/ (published at a guessable URL) even though no page shows them.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { unpublishedReason } from './isPublished';

export function publishedOnly(loader: Loader): Loader {
  return {
    ...loader,
    load: (context: LoaderContext) => {
      const held = new Set<string>();
      const parseData: LoaderContext['parseData'] = async (props) => {
        const reason = unpublishedReason(props.data as Record<string, unknown>);
        if (!reason) return context.parseData(props);
        // Not validated here (the content check already has), so its images are never registered.
        held.add(props.id);
        if (reason === 'scheduled') context.logger.info(`${props.id}: hẹn giờ, sẽ đăng khi đến ngày.`);
        return props.data as never;
      };
      const store = new Proxy(context.store, {
        get(target, key, receiver) {
          if (key === 'set') return (entry: Parameters<LoaderContext['store']['set']>[0]) => (held.has(entry.id) ? (target.delete(entry.id), false) : target.set(entry));
          const value = Reflect.get(target, key, receiver);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
      return loader.load({ ...context, parseData, store });
    },
  };
}
