import Skeleton from '@mui/material/Skeleton';
import type { ReactNode } from 'react';
import { useSignedInUser } from '@/components/layout/current-user-context';
import { PermissionDenied, usePermission } from '@/components/layout/require-permission';
import { NotAllowed } from './not-allowed';
import { UpgradeWizard } from './upgrade-wizard';

/** Only people holding applications:upgrade see the wizard; others are told which role it needs. */
export function UpgradeGate({
  applicationId,
  children,
}: {
  applicationId: string;
  children: ReactNode;
}) {
  const { isPending } = useSignedInUser();
  const allowed = usePermission('applications:upgrade');
  if (isPending) return <Skeleton variant="rectangular" height={200} aria-label="Loading" />;
  if (!allowed) {
    return (
      <PermissionDenied page>
        <NotAllowed applicationId={applicationId} />
      </PermissionDenied>
    );
  }
  return <UpgradeWizard applicationId={applicationId}>{children}</UpgradeWizard>;
}
