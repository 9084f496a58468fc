import type { ReactNode } from 'react';
import type { ApplicationDetail } from '@/contract/application-detail';
import { paths, type ApplicationTab } from '@/config/paths';
import { renderWithProviders } from './render';
import { ApplicationDetailScreen } from '@/features/applications/components/detail/application-detail-screen';

/** Role queries over MUI tables are slow in jsdom, so waits get more time. */
export const SLOW = { timeout: 5000 };

/** The detail screen at a tab's URL, with that tab's panel inside it. */
export function renderDetail(
  tab: ApplicationTab,
  panel: (app: ApplicationDetail) => ReactNode,
  applicationId = 'app-001',
) {
  return renderWithProviders(
    <ApplicationDetailScreen applicationId={applicationId}>{panel}</ApplicationDetailScreen>,
    { url: paths.applications.detail.href(applicationId, tab), path: '/applications/:id/*' },
  );
}
