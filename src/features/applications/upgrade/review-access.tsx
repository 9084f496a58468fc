import Typography from '@mui/material/Typography';
import { useApplicationAccess } from '../api/get-application-access';
import { principals } from './create-draft';
import { useDirectorySearch } from '../components/access/directory-search';
import type { AccessDraft, AccessField } from './draft-schema';
import { accessChanges } from './review-diff';
import { ReviewSection } from './review-section';

const labels: Record<AccessField, string> = {
  adminUsers: 'Admin users',
  adminGroups: 'Admin groups',
  userUsers: 'Users',
  userGroups: 'User groups',
};

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
              <Typography>
                {[
                  `${labels[c.field]}:`,
                  c.added.length > 0 ? `added ${c.added.join(', ')}` : '',
                  c.removed.length > 0 ? `removed ${c.removed.join(', ')}` : '',
                ]
                  .filter(Boolean)
                  .join(' ')}
              </Typography>
            </li>
          ))}
        </ul>
      )}
    </ReviewSection>
  );
}
