import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { ADMIN_ROLE } from '../rules';
import { accessFields, type AccessField } from './draft-schema';
import { accessErrors, serverErrorsOf } from './step-errors';
import { StepHeading } from './step-heading';
import { PrincipalPicker } from '../components/access/principal-picker';
import { useWizard } from './wizard-context';
import { WizardNav } from './wizard-nav';

const fields: Record<AccessField, { label: string; kind: 'users' | 'groups'; body: string }> = {
  adminUsers: { label: 'Admin users', kind: 'users', body: 'access.admins.users' },
  adminGroups: { label: 'Admin groups', kind: 'groups', body: 'access.admins.groups' },
  userUsers: { label: 'Users', kind: 'users', body: 'access.users.users' },
  userGroups: { label: 'User groups', kind: 'groups', body: 'access.users.groups' },
};

/** Errors of one field by position: "access.admins.users.1" → { 1: message }. */
function errorsAt(all: Record<string, string>, body: string): Record<number, string> {
  const found: Record<number, string> = {};
  for (const [field, message] of Object.entries(all)) {
    if (!field.startsWith(`${body}.`)) continue;
    found[Number(field.slice(body.length + 1))] = message;
  }
  return found;
}

/** Step 2: who administers the application and who may use it. */
export function AccessStep() {
  const { draft, change } = useWizard();
  const errors = { ...serverErrorsOf(draft, 'access'), ...accessErrors(draft) };
  const picker = (field: AccessField) => {
    const { label, kind, body } = fields[field];
    return (
      <PrincipalPicker
        key={field}
        label={label}
        kind={kind}
        value={draft.access[field]}
        onChange={(value) => change('access', { access: { ...draft.access, [field]: value } })}
        errors={errorsAt(errors, body)}
        helperText={`Search ${kind} by name.`}
      />
    );
  };
  return (
    <>
      <StepHeading>Set admin and user access</StepHeading>
      <Stack spacing={3}>
        <section aria-labelledby="admin-access-heading">
          <Typography id="admin-access-heading" variant="h3" sx={{ mb: 1 }}>
            Administrator access
          </Typography>
          <Typography variant="body2" color="textSecondary" sx={{ mb: 2 }}>
            {`Administrators must hold the ${ADMIN_ROLE} role.`}
          </Typography>
          <Stack spacing={2}>{accessFields.slice(0, 2).map(picker)}</Stack>
        </section>
        <section aria-labelledby="user-access-heading">
          <Typography id="user-access-heading" variant="h3" sx={{ mb: 2 }}>
            User access
          </Typography>
          <Stack spacing={2}>{accessFields.slice(2).map(picker)}</Stack>
        </section>
      </Stack>
      <WizardNav step="access" errors={accessErrors(draft)} />
    </>
  );
}
