import type { RouteObject } from 'react-router';
import { paths } from '@/config/paths';

export const applicationsRoutes: RouteObject[] = [
  {
    path: 'applications',
    lazy: () => import('./list'),
    handle: { crumb: () => 'Applications' },
    children: [
      {
        path: paths.applications.readinessCheck.path,
        lazy: () => import('./readiness-check'),
        handle: { crumb: () => 'Upgrade readiness' },
      },
    ],
  },
];
