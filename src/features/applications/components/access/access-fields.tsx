import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { Control } from 'react-hook-form';
import { FormCommentField } from '@/components/form/comment-field';
import { ADMIN_ROLE } from '../../rules';
import type { AccessFormValues } from './access-form';
import { PrincipalField } from './principal-field';

type FormControl = Control<AccessFormValues, unknown, AccessFormValues>;

/** Users beside groups where there is room. */
const pair = { xs: 'column', md: 'row' } as const;

/** The four pickers of the Manage access form, then the comment recorded with the change. */
export function AccessFields({ control }: { control: FormControl }) {
  return (
    <Stack spacing={3}>
      <section aria-labelledby="manage-admins-heading">
        <Typography id="manage-admins-heading" component="h3" variant="h4">
          Administrators
        </Typography>
        <Typography variant="body2" color="textSecondary" sx={{ mb: 2 }}>
          {`Administrators must hold the ${ADMIN_ROLE} role.`}
        </Typography>
        <Stack direction={pair} spacing={2}>
          <PrincipalField control={control} name="adminUsers" label="Admin users" kind="users" />
          <PrincipalField control={control} name="adminGroups" label="Admin groups" kind="groups" />
        </Stack>
      </section>
      <section aria-labelledby="manage-users-heading">
        <Typography id="manage-users-heading" component="h3" variant="h4" sx={{ mb: 2 }}>
          Users
        </Typography>
        <Stack direction={pair} spacing={2}>
          <PrincipalField control={control} name="userUsers" label="Users" kind="users" />
          <PrincipalField control={control} name="userGroups" label="User groups" kind="groups" />
        </Stack>
      </section>
      <FormCommentField
        control={control}
        name="comment"
        hint="Recorded with the change in the History tab."
      />
    </Stack>
  );
}
