import type { FieldPath } from 'react-hook-form';
import * as z from 'zod/mini';
import type { ApplicationAccess, ApplicationAccessUpdate } from '@/contract/applications';
import { Comment } from '@/contract/common';
import { chosenAdminErrors } from './admin-role-errors';
import { Principal, principalsOf } from './principal';

export const accessFormFields = ['adminUsers', 'adminGroups', 'userUsers', 'userGroups'] as const;
export type AccessFormField = (typeof accessFormFields)[number];

/** Where each picker's value goes in the request body. */
const bodyPaths: Record<AccessFormField, string> = {
  adminUsers: 'admins.users',
  adminGroups: 'admins.groups',
  userUsers: 'users.users',
  userGroups: 'users.groups',
};

/** "admins.users.1" → "adminUsers.1"; "comment" → "comment"; anything else → undefined. */
export function formFieldOf(bodyField: string): FieldPath<AccessFormValues> | undefined {
  if (bodyField === 'comment') return 'comment';
  for (const field of accessFormFields) {
    const path = bodyPaths[field];
    if (bodyField === path) return field;
    const index = bodyField.startsWith(`${path}.`) ? bodyField.slice(path.length + 1) : '';
    if (/^\d+$/.test(index)) return `${field}.${Number(index)}`;
  }
  return undefined;
}

/** The Manage access form: the API's update with people and groups as chosen, not ids. */
export const AccessForm = z
  .object({
    adminUsers: z.array(Principal),
    adminGroups: z.array(Principal),
    userUsers: z.array(Principal),
    userGroups: z.array(Principal),
    comment: Comment,
  })
  .check(
    z.superRefine((values, ctx) => {
      const errors = chosenAdminErrors({ users: values.adminUsers, groups: values.adminGroups });
      for (const [bodyField, message] of Object.entries(errors)) {
        const path = formFieldOf(bodyField)
          ?.split('.')
          .map((p) => (/^\d+$/.test(p) ? +p : p));
        if (path) ctx.addIssue({ code: 'custom', message, path });
      }
    }),
  );
export type AccessFormValues = z.input<typeof AccessForm>;

export interface Directory {
  users: readonly Principal[];
  groups: readonly Principal[];
}

/** Stored access as the form shows it: ids named from the directory, no comment yet. */
export function accessFormValues(
  access: Pick<ApplicationAccess, 'admins' | 'users'>,
  directory: Directory,
): Omit<AccessFormValues, 'comment'> {
  return {
    adminUsers: principalsOf(access.admins.users, directory.users),
    adminGroups: principalsOf(access.admins.groups, directory.groups),
    userUsers: principalsOf(access.users.users, directory.users),
    userGroups: principalsOf(access.users.groups, directory.groups),
  };
}

const ids = (chosen: readonly Principal[]) => chosen.map((p) => p.id);

/** The request body, sent with the revision the access was read at. */
export function accessUpdateOf(
  values: AccessFormValues,
  revision: number,
): ApplicationAccessUpdate {
  const comment = values.comment.trim();
  return {
    revision,
    admins: { users: ids(values.adminUsers), groups: ids(values.adminGroups) },
    users: { users: ids(values.userUsers), groups: ids(values.userGroups) },
    ...(comment ? { comment } : {}),
  };
}

/** Fields whose chosen ids differ from the stored ones; the order of the chips does not count. */
export function changedAccessFields(
  values: Omit<AccessFormValues, 'comment'>,
  stored: Omit<AccessFormValues, 'comment'>,
): AccessFormField[] {
  return accessFormFields.filter((field) => {
    const now = ids(values[field]);
    const before = ids(stored[field]);
    return now.length !== before.length || now.some((id) => !before.includes(id));
  });
}
