import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import { rollbackNotice } from '../../upgrade-rules';

interface Props {
  /** Components the upgrade added (the preview's, else the record's). */
  stay: readonly string[];
  /** The preview's own words, once it has arrived. */
  notice?: string;
}

/** A rollback restores changed and removed components only: what the upgrade added stays. */
export function StayNotice({ stay, notice }: Props) {
  const text = notice ?? rollbackNotice(stay);
  if (stay.length === 0) {
    return (
      <Alert severity="info" role="note">
        {text}
      </Alert>
    );
  }
  const one = stay.length === 1;
  return (
    <Alert severity="info" role="note" aria-label="Components that stay">
      <AlertTitle>{`${stay.join(', ')} ${one ? 'stays' : 'stay'}`}</AlertTitle>
      {text}
    </Alert>
  );
}
