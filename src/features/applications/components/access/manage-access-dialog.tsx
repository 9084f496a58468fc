import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import { PanelError } from '@/components/feedback/panel-error';
import { describeRoles } from '@/components/feedback/describe-error';
import { useSignedInUser } from '@/components/layout/current-user-context';
import { PermissionDenied, usePermission } from '@/components/layout/require-permission';
import { requiredRolesFor } from '@/contract/permissions';
import { useApplication } from '../../api/get-application';
import { useApplicationAccess } from '../../api/get-application-access';
import { useDirectoryGroups, useDirectoryUsers } from '../../api/list-directory';
import { AccessDialogFrame } from './access-dialog-frame';
import { ManageAccessForm } from './manage-access-form';

interface Props {
  applicationId: string;
  onClose: () => void;
}

const PERMISSION = 'applications:manage-access';

/** Change who administers and who uses an application, without upgrading it. */
export function ManageAccessDialog({ applicationId, onClose }: Props) {
  const allowed = usePermission(PERMISSION);
  const { isPending: userPending } = useSignedInUser();
  // Until the signed-in person is known, the dialog loads rather than refusing.
  const refused = !allowed && !userPending;
  const name = useApplication(applicationId).data?.name;
  const access = useApplicationAccess(applicationId);
  const users = useDirectoryUsers();
  const groups = useDirectoryGroups();
  const failed = [access, users, groups].filter((q) => q.isError);

  if (allowed && name && access.data && users.data && groups.data) {
    return (
      <ManageAccessForm
        applicationId={applicationId}
        name={name}
        stored={access.data}
        directory={{ users: users.data.items, groups: groups.data.items }}
        onClose={onClose}
      />
    );
  }

  return (
    <AccessDialogFrame name={name} onClose={onClose}>
      <DialogContent>
        {refused ? (
          <PermissionDenied>
            <Alert severity="info">
              <AlertTitle>You can't change access</AlertTitle>
              {`Changing who administers and who uses an application needs ${describeRoles(requiredRolesFor(PERMISSION)) ?? 'another role'}. You can see the current access on the Access tab.`}
            </Alert>
          </PermissionDenied>
        ) : failed.length > 0 ? (
          <PanelError
            error={failed[0]?.error}
            title="Access could not be loaded"
            onRetry={() => failed.forEach((q) => void q.refetch())}
            retrying={failed.some((q) => q.isFetching)}
          />
        ) : (
          <Stack spacing={2} aria-busy="true" aria-label="Loading access…">
            {[0, 1, 2, 3].map((i) => (
              <Skeleton key={i} variant="rounded" height={56} />
            ))}
          </Stack>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Close</Button>
      </DialogActions>
    </AccessDialogFrame>
  );
}
