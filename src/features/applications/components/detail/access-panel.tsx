import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { AccessAssignment } from '@/contract/applications';
import type { Group, User } from '@/contract/identity';
import { PanelError } from '@/components/feedback/panel-error';
import { TableSkeleton } from '@/components/feedback/skeletons';
import { useApplicationAccess } from '../../api/get-application-access';
import { useDirectoryGroups, useDirectoryUsers } from '../../api/list-directory';
import { ManageAccessButton } from '../access/manage-access-button';
import { AccessList, type AccessHolder } from './access-list';
import { SectionCard } from '@/components/layout/section-card';

function usersOf(ids: readonly string[], users: readonly User[]): AccessHolder[] {
  return ids.map((id) => {
    const user = users.find((u) => u.id === id);
    return user
      ? { id, name: user.name, detail: user.username, roles: user.roles, known: true }
      : { id, name: id, detail: '', roles: [], known: false };
  });
}

function groupsOf(ids: readonly string[], groups: readonly Group[]): AccessHolder[] {
  return ids.map((id) => {
    const group = groups.find((g) => g.id === id);
    if (!group) return { id, name: id, detail: '', roles: [], known: false };
    const members = group.memberIds.length;
    const detail = `${String(members)} ${members === 1 ? 'member' : 'members'}`;
    return { id, name: group.name, detail, roles: group.roles, known: true };
  });
}

export function AccessPanel({ applicationId }: { applicationId: string }) {
  const access = useApplicationAccess(applicationId);
  const users = useDirectoryUsers();
  const groups = useDirectoryGroups();
  const failed = [access, users, groups].filter((q) => q.isError);

  if (failed.length > 0) {
    return (
      <PanelError
        error={failed[0]?.error}
        title="Access could not be loaded"
        onRetry={() => failed.forEach((q) => void q.refetch())}
        retrying={failed.some((q) => q.isFetching)}
      />
    );
  }
  if (!access.data || !users.data || !groups.data) {
    return <TableSkeleton rows={4} columns={2} label="Loading access…" />;
  }

  const directory = { users: users.data.items, groups: groups.data.items };
  const section = (title: string, who: AccessAssignment, admin: boolean) => (
    <SectionCard
      title={title}
      subtitle={admin ? 'Administrators need the ACTIVITI_ADMIN role.' : undefined}
    >
      <AccessList
        heading="Users"
        label={`${title}: users`}
        holders={usersOf(who.users, directory.users)}
        showAdminRole={admin}
      />
      <AccessList
        heading="Groups"
        label={`${title}: groups`}
        holders={groupsOf(who.groups, directory.groups)}
        showAdminRole={admin}
      />
    </SectionCard>
  );

  return (
    <Stack spacing={2}>
      <Stack direction="row" sx={{ justifyContent: 'flex-end' }}>
        <ManageAccessButton applicationId={applicationId} />
      </Stack>
      {section('Administrators', access.data.admins, true)}
      {section('Users', access.data.users, false)}
      <Typography variant="caption" color="textSecondary">
        Revision {access.data.revision}
      </Typography>
    </Stack>
  );
}
