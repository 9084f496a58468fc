import { z } from 'zod';
import { ApplicationIdParams, ApplicationListQuery, ApplicationPage } from './applications';
import { AuditPage, AuditQuery } from './audit';
import { Id } from './common';
import { defineEndpoint } from './endpoint';
import { CurrentUser, DirectoryQuery, GroupPage, RoleList, UserPage } from './identity';
import { NotificationPage, NotificationPatch, NotificationQuery, NotificationSummary, Notification } from './notifications';
import { Operation } from './operations';

const read = [401, 500] as const;

export const endpoints = {
  getCurrentUser: defineEndpoint({
    id: 'getCurrentUser',
    method: 'GET',
    path: '/identity/me',
    summary: 'The signed-in person, their console role and permissions',
    tag: 'identity',
    response: CurrentUser,
    status: 200,
    errors: read,
  }),
  listUsers: defineEndpoint({
    id: 'listUsers',
    method: 'GET',
    path: '/identity/users',
    summary: 'People in the identity directory, searchable by name, username or e-mail',
    tag: 'identity',
    query: DirectoryQuery,
    response: UserPage,
    status: 200,
    errors: [400, ...read],
  }),
  listGroups: defineEndpoint({
    id: 'listGroups',
    method: 'GET',
    path: '/identity/groups',
    summary: 'Groups with their members and roles',
    tag: 'identity',
    query: DirectoryQuery,
    response: GroupPage,
    status: 200,
    errors: [400, ...read],
  }),
  listRoles: defineEndpoint({
    id: 'listRoles',
    method: 'GET',
    path: '/identity/roles',
    summary: 'Roles known to the identity service',
    tag: 'identity',
    response: RoleList,
    status: 200,
    errors: read,
  }),
  listApplications: defineEndpoint({
    id: 'listApplications',
    method: 'GET',
    path: '/applications',
    summary: 'Application instances, paginated, sorted and filtered on the server',
    tag: 'applications',
    query: ApplicationListQuery,
    response: ApplicationPage,
    status: 200,
    errors: [400, ...read],
  }),
  startReadinessCheck: defineEndpoint({
    id: 'startReadinessCheck',
    method: 'POST',
    path: '/applications/{applicationId}/readiness-checks',
    summary: 'Check whether an application can be upgraded, and to what',
    tag: 'applications',
    params: ApplicationIdParams,
    response: Operation,
    status: 202,
    startsOperation: true,
    permission: 'applications:check',
    errors: [400, 401, 403, 404, 409, 422, 500],
  }),
  getOperation: defineEndpoint({
    id: 'getOperation',
    method: 'GET',
    path: '/operations/{operationId}',
    summary: 'Status, progress, steps and log of a piece of work',
    tag: 'operations',
    params: z.object({ operationId: Id }),
    response: Operation,
    status: 200,
    errors: [404, ...read],
  }),
  listAudit: defineEndpoint({
    id: 'listAudit',
    method: 'GET',
    path: '/audit',
    summary: 'Recorded mutations, newest first, optionally for one resource',
    tag: 'audit',
    query: AuditQuery,
    response: AuditPage,
    status: 200,
    errors: [400, ...read],
  }),
  listNotifications: defineEndpoint({
    id: 'listNotifications',
    method: 'GET',
    path: '/notifications',
    summary: "The signed-in person's notifications, newest first",
    tag: 'notifications',
    query: NotificationQuery,
    response: NotificationPage,
    status: 200,
    errors: [400, ...read],
  }),
  getNotificationSummary: defineEndpoint({
    id: 'getNotificationSummary',
    method: 'GET',
    path: '/notifications/summary',
    summary: 'How many notifications are unread',
    tag: 'notifications',
    response: NotificationSummary,
    status: 200,
    errors: read,
  }),
  updateNotification: defineEndpoint({
    id: 'updateNotification',
    method: 'PATCH',
    path: '/notifications/{notificationId}',
    summary: 'Mark a notification read or archive it',
    tag: 'notifications',
    params: z.object({ notificationId: Id }),
    body: NotificationPatch,
    response: Notification,
    status: 200,
    errors: [400, 401, 404, 422, 500],
  }),
} as const;

export type Endpoints = typeof endpoints;
export type EndpointId = keyof Endpoints;
