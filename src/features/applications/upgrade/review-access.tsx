import Typography from '@mui/material/Typography';
import { useApplicationAccess } from '../api/get-application-access';
import { principals } from './create-draft';
import { useDirectorySearch } from '../components/access/directory-search';
import type { AccessDraft } from './draft-schema';
import { accessChangeText, accessChanges } from './review-diff';
import { ReviewSection } from './review-section';

export function ReviewAccess({
  applicationId,
  after,
}: {
  applicationId: string;
  after: AccessDraft;
}) {
  const access = useApplicationAccess(applicationId).data;
  const users = useDirectorySearch('users', '').data?.items ?? [];
  const groups = useDirectorySearch('groups', '').data?.items ?? [];
  if (!access) return null;
  const before: AccessDraft = {
    adminUsers: principals(access.admins.users, users),
    adminGroups: principals(access.admins.groups, groups),
    userUsers: principals(access.users.users, users),
    userGroups: principals(access.users.groups, groups),
  };
  const changes = accessChanges(before, after);
  return (
    <ReviewSection title="Access">
      {changes.length === 0 ? (
        <Typography>No change to admin or user access.</Typography>
      ) : (
        <ul>
          {changes.map((c) => (
            <li key={c.field}>
              <Typography>{accessChangeText(c)}</Typography>
            </li>
          ))}
        </ul>
      )}
    </ReviewSection>
  );
}
