/**
 * Runs in /admin before Decap starts: Decap keeps the editor's git token in this origin's
 * localStorage, so it must start only on the admin's own origin and never inside a frame
 * (GitHub Pages cannot send frame-ancestors, so this is the only clickjacking defence there).
 */

/** Where Decap keeps the logged-in user, token included (and its Netlify CMS name). */
export const TOKEN_STORAGE_KEYS = ['decap-cms-user', 'netlify-cms-user'] as const;

export type AdminGuardOutcome = { run: true } | { run: false; reason: 'framed' } | { run: false; reason: 'other-origin'; redirect: string };

interface Where {
  origin: string;
  pathname: string;
  search: string;
  hash: string;
}

/**
 * `adminOrigin`: the ADMIN_ORIGIN the site was built with, or undefined when /admin is
 * served with the public site. `framed`: whether this window is inside another page.
 */
export function adminGuard(where: Where, framed: boolean, adminOrigin?: string): AdminGuardOutcome {
  if (framed) return { run: false, reason: 'framed' };
  if (adminOrigin && where.origin !== adminOrigin) {
    return { run: false, reason: 'other-origin', redirect: `${adminOrigin}${where.pathname}${where.search}${where.hash}` };
  }
  return { run: true };
}

/** Applies the guard in the browser; true when Decap may start. */
export function guardAdmin(win: Window, adminOrigin?: string): boolean {
  let framed = true;
  try {
    framed = win.top !== win.self;
  } catch {
    // A cross-origin parent: framed.
  }
  const outcome = adminGuard(win.location, framed, adminOrigin);
  if (outcome.run) return true;
  if (outcome.reason === 'other-origin') {
    // A token left here by an earlier login on this origin is removed: the public origin keeps none.
    for (const key of TOKEN_STORAGE_KEYS) win.localStorage.removeItem(key);
    win.location.replace(outcome.redirect);
  } else {
    win.document.body.textContent = 'Trang quản trị không mở được bên trong trang khác. Hãy mở trực tiếp địa chỉ /admin/.';
  }
  return false;
}
