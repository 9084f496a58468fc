import Typography from '@mui/material/Typography';
import SearchOffIcon from '@mui/icons-material/SearchOff';
import { paths } from '@/config/paths';
import { DrawnButton } from '@/components/buttons/drawn-button';
import { MessagePage } from './message-page';

export function NotFoundMessage({ detail }: { detail?: string }) {
  return (
    <MessagePage
      icon={<SearchOffIcon />}
      title="Page not found"
      actions={
        <DrawnButton variant="contained" to={paths.applications.list.href()}>
          Go to applications
        </DrawnButton>
      }
    >
      <Typography color="textSecondary">
        {detail ??
          'Nothing lives at this address. It may have been removed, or the link is mistyped.'}
      </Typography>
    </MessagePage>
  );
}
