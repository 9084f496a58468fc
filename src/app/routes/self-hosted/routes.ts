import type { RouteObject } from 'react-router';
import { paths } from '@/config/paths';
import { detailCrumb } from '../applications/detail-crumb';

const myApplicationsCrumb = { crumb: () => 'My Applications' };

/**
 * My Applications: the list, and one page per application with a child URL per tab
 * (Versions is the index). The Versions tab's dialogs are child URLs of it, so Back closes them.
 */
export const selfHostedRoutes: RouteObject[] = [
  {
    path: paths.selfHosted.list.path,
    lazy: () => import('./list'),
    handle: myApplicationsCrumb,
  },
  {
    path: paths.selfHosted.list.path,
    handle: myApplicationsCrumb,
    children: [
      {
        path: paths.selfHosted.detail.path,
        lazy: () => import('./detail'),
        handle: { crumb: detailCrumb },
        children: [
          {
            path: '',
            lazy: () => import('./detail-versions'),
            // The Versions tab's dialogs (Register to Test, Confirm Update…) go here.
            children: [],
          },
          { path: 'tenants', lazy: () => import('./detail-tenants') },
          { path: 'settings', lazy: () => import('./detail-settings') },
          { path: 'history', lazy: () => import('./detail-history') },
        ],
      },
    ],
  },
];
