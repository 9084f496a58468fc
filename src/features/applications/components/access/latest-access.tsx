import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import { useId } from 'react';
import { accessFormFields, type AccessFormField, type AccessFormValues } from './access-form';

export const accessFieldLabels: Record<AccessFormField, string> = {
  adminUsers: 'Admin users',
  adminGroups: 'Admin groups',
  userUsers: 'Users',
  userGroups: 'User groups',
};

interface Props {
  stored: Omit<AccessFormValues, 'comment'>;
  revision: number;
  /** The person's choices still differ from what is stored. */
  differs: boolean;
}

/** What is stored now, after someone else's change, beside the choices the person kept. */
export function LatestAccess({ stored, revision, differs }: Props) {
  const titleId = useId();
  return (
    <Alert severity="info" role="region" aria-labelledby={titleId}>
      <AlertTitle id={titleId}>{`Stored now (revision ${String(revision)})`}</AlertTitle>
      <ul style={{ margin: 0, paddingLeft: '1.25rem' }}>
        {accessFormFields.map((field) => (
          <li key={field}>
            {`${accessFieldLabels[field]}: ${stored[field].map((p) => p.name).join(', ') || 'none'}`}
          </li>
        ))}
      </ul>
      {differs
        ? 'Your choices below are kept and differ from it: save to replace it.'
        : 'Your choices below match it: there is nothing left to save.'}
    </Alert>
  );
}
