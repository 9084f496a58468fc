import type { RouteObject } from 'react-router';
import { paths } from '@/config/paths';
import { detailCrumb } from '../applications/detail-crumb';
import { lazyRoute, lazyRouteWithLoader } from '../lazy-route';

const templatesCrumb = { crumb: () => 'Templates' };
const installedCrumb = { crumb: () => 'Installed applications' };

/**
 * Templates (release records, publishing, version diffs) and the applications installed from
 * them (upgrade management, upgrade details, records, rollback). Every screen has its URL.
 */
export const templateRoutes: RouteObject[] = [
  {
    path: paths.templates.list.path,
    lazy: lazyRoute('templates/templates-list'),
    handle: templatesCrumb,
  },
  {
    path: paths.templates.list.path,
    handle: templatesCrumb,
    children: [
      {
        path: paths.templates.detail.path,
        lazy: lazyRoute('templates/template-detail'),
        handle: { crumb: detailCrumb },
        children: [
          {
            path: paths.templates.publish.path,
            lazy: lazyRoute('templates/template-publish'),
            handle: { crumb: () => 'Publish a version' },
          },
        ],
      },
      {
        path: paths.templates.diff.path,
        lazy: lazyRouteWithLoader('templates/template-diff'),
        handle: { crumb: () => 'Version differences' },
      },
    ],
  },
  {
    path: paths.installed.list.path,
    lazy: lazyRoute('templates/installed-list'),
    handle: installedCrumb,
  },
  {
    path: paths.installed.list.path,
    handle: installedCrumb,
    children: [
      {
        path: paths.installed.detail.path,
        lazy: lazyRoute('templates/installed-detail'),
        handle: { crumb: detailCrumb },
      },
      {
        path: paths.installed.upgrade.path,
        lazy: lazyRouteWithLoader('templates/installed-upgrade'),
        handle: { crumb: () => 'Upgrade details' },
      },
      {
        path: paths.installed.record.path,
        lazy: lazyRoute('templates/installed-record'),
        handle: { crumb: () => 'Upgrade record' },
      },
      {
        path: paths.installed.rollback.path,
        lazy: lazyRoute('templates/installed-rollback'),
        handle: { crumb: () => 'Roll back' },
      },
    ],
  },
];
