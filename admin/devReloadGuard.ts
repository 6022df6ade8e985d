/**
 * `npm run cms` runs astro dev beside decap-server in git mode, which switches the working
 * tree to a draft's `cms/…` branch to read or save it and merges into it on publish. The
 * dev server answers every content change by telling all open pages to reload, and a
 * reload of /admin mid-edit or mid-save loses the editor's place (and once restored a
 * saved form from Decap's backup into a new, duplicate entry). So /admin opts out: Vite's
 * client awaits its `vite:beforeFullReload` and `vite:ws:disconnect` listeners before it
 * reloads, and a listener that never settles leaves the page as it is. The site's own
 * pages keep their live reload; /admin takes new admin code on a manual refresh.
 * Production builds have no `import.meta.hot`: nothing happens there.
 */
export function keepAdminOpenOnDevReloads(hot: ViteHotContext | undefined = import.meta.hot): void {
  if (!hot) return;
  const never = () => new Promise<void>(() => {});
  hot.on('vite:beforeFullReload', never);
  hot.on('vite:ws:disconnect', never);
}

type ViteHotContext = NonNullable<ImportMeta['hot']>;
