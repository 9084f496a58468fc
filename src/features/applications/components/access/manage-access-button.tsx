import ManageAccountsIcon from '@mui/icons-material/ManageAccounts';
import Button from '@mui/material/Button';
import { Link } from 'react-router';
import { usePermission } from '@/components/layout/require-permission';
import { paths } from '@/config/paths';
import { useDialogLinkState } from '@/lib/route-dialog';

/** Opens the Manage access dialog; people without the permission see nothing. */
export function ManageAccessButton({ applicationId }: { applicationId: string }) {
  const allowed = usePermission('applications:manage-access');
  const linkState = useDialogLinkState();
  if (!allowed) return null;
  return (
    <Button
      variant="outlined"
      startIcon={<ManageAccountsIcon />}
      component={Link}
      to={paths.applications.manageAccess.href(applicationId)}
      // Closing the dialog goes back in history rather than adding an entry.
      state={linkState}
    >
      Manage access
    </Button>
  );
}
