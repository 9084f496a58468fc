import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import SearchOffIcon from '@mui/icons-material/SearchOff';
import { Link as RouterLink } from 'react-router';
import { paths } from '@/config/paths';
import { MessagePage } from './message-page';

export function NotFoundMessage({ detail }: { detail?: string }) {
  return (
    <MessagePage
      icon={<SearchOffIcon />}
      title="Page not found"
      actions={
        <Button variant="contained" component={RouterLink} to={paths.applications.list.href()}>
          Go to applications
        </Button>
      }
    >
      <Typography color="text.secondary">
        {detail ??
          'Nothing lives at this address. It may have been removed, or the link is mistyped.'}
      </Typography>
    </MessagePage>
  );
}
