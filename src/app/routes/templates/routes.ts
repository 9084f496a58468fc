import type { RouteObject } from 'react-router';
import { paths } from '@/config/paths';
import { detailCrumb } from '../applications/detail-crumb';

const templatesCrumb = { crumb: () => 'Templates' };
const installedCrumb = { crumb: () => 'Installed applications' };

/**
 * Templates (release records, publishing, version diffs) and the applications installed from
 * them (upgrade management, upgrade details, records, rollback). Every screen has its URL.
 */
export const templateRoutes: RouteObject[] = [
  {
    path: paths.templates.list.path,
    lazy: () => import('./templates-list'),
    handle: templatesCrumb,
  },
  {
    path: paths.templates.list.path,
    handle: templatesCrumb,
    children: [
      {
        path: paths.templates.detail.path,
        lazy: () => import('./template-detail'),
        handle: { crumb: detailCrumb },
        children: [
          {
            path: paths.templates.publish.path,
            lazy: () => import('./template-publish'),
            handle: { crumb: () => 'Publish a version' },
          },
        ],
      },
      {
        path: paths.templates.diff.path,
        lazy: () => import('./template-diff'),
        handle: { crumb: () => 'Version differences' },
      },
    ],
  },
  {
    path: paths.installed.list.path,
    lazy: () => import('./installed-list'),
    handle: installedCrumb,
  },
  {
    path: paths.installed.list.path,
    handle: installedCrumb,
    children: [
      {
        path: paths.installed.detail.path,
        lazy: () => import('./installed-detail'),
        handle: { crumb: detailCrumb },
      },
      {
        path: paths.installed.upgrade.path,
        lazy: () => import('./installed-upgrade'),
        handle: { crumb: () => 'Upgrade details' },
      },
      {
        path: paths.installed.record.path,
        lazy: () => import('./installed-record'),
        handle: { crumb: () => 'Upgrade record' },
      },
      {
        path: paths.installed.rollback.path,
        lazy: () => import('./installed-rollback'),
        handle: { crumb: () => 'Roll back' },
      },
    ],
  },
];
