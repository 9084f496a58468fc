import * as z from 'zod/mini';
import { Id, pageOf, PageQuery } from './common';

/** Roles that decide what a person may do in the console itself. */
export const ConsoleRole = z.enum([
  'UPSHIFT_ADMINISTRATOR',
  'UPSHIFT_OPERATOR',
  'UPSHIFT_PRODUCT_OWNER',
  'UPSHIFT_VIEWER',
]);
export type ConsoleRole = z.infer<typeof ConsoleRole>;

/** Everything a mutating endpoint can require. */
export const Permission = z.enum([
  'applications:upgrade',
  'applications:manage-access',
  'applications:check',
  'app-versions:switch',
  'templates:publish',
  'templates:upgrade',
  'servers:upgrade',
  'platform:plan',
  /** Read secret values in clear (the reveal endpoints); every other answer masks them. */
  'secrets:read',
]);
export type Permission = z.infer<typeof Permission>;

export const Role = z
  .object({ name: z.string(), description: z.string() })
  .register(z.globalRegistry, { id: 'Role' });
export type Role = z.infer<typeof Role>;

export const User = z
  .object({
    id: Id,
    username: z.string(),
    name: z.string(),
    email: z.email(),
    roles: z.array(z.string()),
    groupIds: z.array(Id),
  })
  .register(z.globalRegistry, { id: 'User' });
export type User = z.infer<typeof User>;

export const Group = z
  .object({
    id: Id,
    name: z.string(),
    roles: z.array(z.string()),
    memberIds: z.array(Id),
  })
  .register(z.globalRegistry, { id: 'Group' });
export type Group = z.infer<typeof Group>;

export const CurrentUser = z
  .extend(User, { consoleRole: ConsoleRole, permissions: z.array(Permission) })
  .register(z.globalRegistry, { id: 'CurrentUser' });
export type CurrentUser = z.infer<typeof CurrentUser>;

/** The longest directory search the API takes. */
export const DIRECTORY_SEARCH_MAX = 100;

export const DirectoryQuery = z.extend(PageQuery, {
  q: z.optional(z.string().check(z.trim(), z.maxLength(DIRECTORY_SEARCH_MAX))),
  role: z.optional(z.string()),
});
export type DirectoryQuery = z.input<typeof DirectoryQuery>;

export const UserPage = pageOf(User, 'UserPage');
export const GroupPage = pageOf(Group, 'GroupPage');
export const RoleList = z
  .object({ items: z.array(Role) })
  .register(z.globalRegistry, { id: 'RoleList' });
