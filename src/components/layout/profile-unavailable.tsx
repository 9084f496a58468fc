import Typography from '@mui/material/Typography';
import PersonOffOutlinedIcon from '@mui/icons-material/PersonOffOutlined';
import { DrawnButton } from '@/components/buttons/drawn-button';
import { DrawnAlert } from '@/components/feedback/drawn-alert';
import { MessagePage } from '@/components/feedback/message-page';
import { useSignedInUser } from './current-user-context';

const title = 'Your profile could not be loaded';
const detail = 'Until it loads, the console cannot tell what you may do here.';

/**
 * Said instead of "this needs role X" while the profile is unknown: the person may well hold
 * the role. `page` replaces a whole page (its only h1); otherwise a note in place.
 */
export function ProfileUnavailable({ page = false }: { page?: boolean }) {
  const { retryProfile, retryingProfile = false } = useSignedInUser();
  const retry = retryProfile ? (
    <DrawnButton
      color={page ? 'primary' : 'inherit'}
      variant={page ? 'contained' : 'text'}
      size={page ? 'medium' : 'small'}
      onClick={retryProfile}
      loading={retryingProfile}
    >
      Retry
    </DrawnButton>
  ) : undefined;

  if (page) {
    return (
      <MessagePage icon={<PersonOffOutlinedIcon />} title={title} actions={retry} focusHeading>
        <Typography color="textSecondary">{detail}</Typography>
      </MessagePage>
    );
  }
  return (
    <DrawnAlert severity="warning" variant="outlined" title={title} action={retry}>
      {detail}
    </DrawnAlert>
  );
}
