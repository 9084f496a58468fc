import { paths } from '@/config/paths';
import type { Notification } from '@/contract/notifications';
import { SELF_HOSTED_RESOURCE, TENANT_DENIED_NOTIFICATION } from '@/contract/self-hosted-tenants';
import type { InboxCategory } from './inbox-params';

/** `resource.type` of application instances (upgrades, readiness checks, access). */
const APPLICATION_RESOURCE = 'application';

export interface ResourceLink {
  href: string;
  /** The link's text, naming the resource, e.g. "View tenants of Fleet Telemetry". */
  label: string;
}

/** Where a notification's resource is shown; undefined for a resource the console has no page for. */
export function resourceLink(n: Pick<Notification, 'kind' | 'resource'>): ResourceLink | undefined {
  const resource = n.resource;
  if (!resource) return undefined;
  if (resource.type === SELF_HOSTED_RESOURCE) {
    // A denial is about the tenants: straight to the Tenants tab, where the tenant shows as denied.
    return n.kind === TENANT_DENIED_NOTIFICATION
      ? {
          href: paths.selfHosted.detail.href(resource.id, 'tenants'),
          label: `View tenants of ${resource.name}`,
        }
      : { href: paths.selfHosted.detail.href(resource.id), label: `View ${resource.name}` };
  }
  if (resource.type === APPLICATION_RESOURCE) {
    return { href: paths.applications.detail.href(resource.id), label: `View ${resource.name}` };
  }
  return undefined;
}

export const severityLabels: Record<Notification['severity'], string> = {
  info: 'Information',
  success: 'Success',
  warning: 'Warning',
  error: 'Error',
};

export const categoryLabels: Record<InboxCategory, string> = {
  all: 'All',
  message: 'Message',
  work: 'Work',
};

interface EmptyText {
  title: string;
  detail: string;
}

export const emptyEvents: Record<InboxCategory, EmptyText> = {
  all: {
    title: 'No events',
    detail:
      'When work you started finishes, or something happens to an application you look after, it shows up here.',
  },
  message: {
    title: 'No messages',
    detail:
      'News about your applications from outside the console shows up here, for example a tenant denying provisioning of a new version.',
  },
  work: {
    title: 'No work updates',
    detail:
      'When an upgrade, a check or a version switch you started finishes or fails, it shows up here.',
  },
};

export const emptyArchived: EmptyText = {
  title: 'Nothing archived',
  detail: 'Archive a notification in Events to put it away; it waits here and can be restored.',
};
