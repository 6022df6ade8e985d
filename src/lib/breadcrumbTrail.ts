/** Every breadcrumb trail starts at the home page; pages give only the steps after it. */
import { ui } from '../i18n/ui';
import type { Crumb } from './structuredData';
import { urls } from './urls';

export function breadcrumbTrail(...steps: Crumb[]): Crumb[] {
  return [{ label: ui.breadcrumbs.home, href: urls.home }, ...steps];
}
