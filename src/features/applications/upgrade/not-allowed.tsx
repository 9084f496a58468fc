import Button from '@mui/material/Button';
import { Link } from 'react-router';
import { MessagePage } from '@/components/feedback/message-page';
import { paths } from '@/config/paths';

/** Shown instead of the wizard to people who may not upgrade (the API refuses them too). */
export function NotAllowed({ applicationId }: { applicationId: string }) {
  return (
    <MessagePage
      title="You can't upgrade applications"
      focusHeading
      actions={
        <Button component={Link} to={paths.applications.detail.href(applicationId)}>
          Back to the application
        </Button>
      }
    >
      Upgrading an application needs the Administrator role. Ask an administrator to run the
      upgrade, or to give you that role.
    </MessagePage>
  );
}
