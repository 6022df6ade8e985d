/**
 * Where editors see whether the site was rebuilt after they published: the CI runs page of
 * the repository the CMS commits to. A build that fails leaves the site as it was, and
 * the deploy workflow opens an issue (.github/workflows/deploy.yml); this link is how an
 * editor finds both from the CMS. None for local editing: there is no CI there.
 */
import type { CmsSettings } from '../src/lib/cms/cmsSettings';

export function buildStatusUrl(settings: CmsSettings): string | undefined {
  const origin = (settings.baseUrl ?? '').replace(/\/+$/, '');
  switch (settings.backend) {
    case 'github':
      return `https://github.com/${settings.repo}/actions`;
    case 'gitlab':
      return `${origin || 'https://gitlab.com'}/${settings.repo}/-/pipelines`;
    case 'gitea':
    case 'forgejo':
      return origin ? `${origin}/${settings.repo}/actions` : undefined;
    case 'local':
      return undefined;
  }
}

/** A small fixed link at the bottom of /admin, outside Decap's interface. */
export function showBuildStatusLink(url: string | undefined): void {
  if (!url) return;
  const link = document.createElement('a');
  link.id = 'build-status-link';
  link.href = url;
  link.target = '_blank';
  link.rel = 'noopener';
  link.textContent = 'Trạng thái xây dựng trang';
  link.title = 'Xem trang đã được xây dựng lại sau khi công bố chưa, và lỗi nếu có';
  document.body.append(link);
}
