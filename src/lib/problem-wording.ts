import type { HttpMethod } from '@/contract/endpoint';
import type { EndpointId } from '@/contract/endpoints';

/** Where a failure came from: enough to name what was refused. */
export interface ProblemSource {
  id: string;
  method: HttpMethod;
}

interface EndpointWording {
  /** What was loaded or attempted, as a sentence starts: "The upgrade", "Your profile". */
  subject: string;
  /** What someone else may have changed meanwhile (409): "application". */
  resource: string;
}

const read = (subject: string, resource = 'page'): EndpointWording => ({ subject, resource });
const change = (subject: string, resource: string): EndpointWording => ({ subject, resource });

/** Every endpoint of the contract (problem-wording.test.ts checks none is missing). */
export const endpointWording: Partial<Record<EndpointId, EndpointWording>> = {
  getCurrentUser: read('Your profile', 'profile'),
  listUsers: read('The user directory'),
  listGroups: read('The groups'),
  listRoles: read('The roles'),
  listApplications: read('The applications'),
  listProjects: read('The projects'),
  getApplication: read('The application', 'application'),
  getApplicationAccess: read('The access to this application', 'application'),
  updateApplicationAccess: change('The access change', 'application'),
  revealApplicationSecrets: change('The reveal of the secret value', 'application'),
  startUpgrade: change('The upgrade', 'application'),
  startReadinessCheck: change('The readiness check', 'application'),
  getOperation: read('The progress of this work', 'work'),
  listAudit: read('The history'),
  listNotifications: read('Your notifications', 'notification'),
  getNotificationSummary: read('The unread count', 'notification'),
  updateNotification: change('The change to this notification', 'notification'),
  markAllNotificationsRead: change('Marking all as read', 'inbox'),
  listSelfHostedApplications: read('My applications'),
  getSelfHostedApplication: read('The application', 'application'),
  listSelfHostedTenants: read('The tenants', 'application'),
  getSelfHostedSettings: read('The settings', 'application'),
  registerAppVersion: change('The registration', 'application'),
  withdrawAppVersionRegistration: change('The withdrawal', 'application'),
  startAppVersionSwitch: change('The switch', 'application'),
  listTemplates: read('The templates'),
  getTemplate: read('The template', 'template'),
  getTemplateVersion: read('The template version', 'template'),
  revealTemplateSecrets: change('The reveal of the secret values', 'template'),
  publishTemplateVersion: change('The publication', 'template'),
  getTemplateDiff: read('The version differences', 'template'),
  listInstalledApplications: read('The installed applications'),
  getInstalledApplication: read('The installed application', 'application'),
  getTemplateUpgradeDiff: read('The upgrade differences', 'application'),
  startTemplateUpgrade: change('The upgrade', 'application'),
  listTemplateUpgradeRecords: read('The upgrade records', 'application'),
  getTemplateUpgradeRecord: read('The upgrade record', 'application'),
  getTemplateRollbackPreview: read('The rollback preview', 'application'),
  startTemplateRollback: change('The rollback', 'application'),
  listServers: read('The servers'),
  getServer: read('The server', 'server'),
  listServerReleases: read('The releases'),
  getServerUpgradePlan: read('The upgrade plan', 'server'),
  getServerConfiguration: read('global.yaml', 'configuration'),
  updateServerConfiguration: change('The global.yaml save', 'configuration'),
  listServerUpgrades: read('The upgrade records', 'server'),
  getServerUpgrade: read('The upgrade', 'server'),
  startServerUpgrade: change('The upgrade', 'server'),
  completeServerUpgradeStep: change('Marking the step done', 'upgrade'),
  exportServerUpgrade: change('The export', 'upgrade'),
  applyServerUpgrade: change('Applying the upgrade', 'upgrade'),
  cancelServerUpgradeSchedule: change('Cancelling the schedule', 'upgrade'),
  retryServerUpgrade: change('The retry', 'upgrade'),
  startServerCheck: change('The check', 'server'),
  listPlatformEnvironments: read('The environments'),
  setMaintenanceMode: change('Maintenance mode', 'environment'),
  listPlatformReleases: read('The release notes'),
  listUpgradePlans: read('The upgrade plans'),
  createUpgradePlan: change('The new plan', 'infrastructure'),
  getUpgradePlan: read('The upgrade plan', 'plan'),
  updateUpgradePlan: change('The plan change', 'plan'),
  reviewBreakingChange: change('The review', 'plan'),
  startExecution: change('The upgrade', 'environment'),
  retryModulePreparation: change('Modules preparation', 'environment'),
  markChecklistItem: change('The checklist mark', 'plan'),
  publishApplications: change('The publication', 'environment'),
  recordTesting: change('The testing record', 'plan'),
  listStagings: read('The stagings'),
  createStaging: change('The staging', 'environment'),
};

interface StatusWording {
  /** Why, after the colon: "someone else changed this application". */
  reason: (resource: string) => string;
  /** What to do next, one sentence. */
  advice: string;
}

const kept = 'your choices are kept';
const serverFailed: StatusWording = {
  reason: () => 'the server failed to handle it',
  advice:
    'Try again; if it keeps happening, tell your administrator. Nothing you entered was lost.',
};
const refused: StatusWording = {
  reason: () => 'the server refused it',
  advice: `Check what you entered and try again; ${kept}.`,
};

/** Per-status advice; `timeout` and `network` are failures without a status. */
export const statusWording: Record<number | 'timeout' | 'network', StatusWording> = {
  400: { reason: () => 'the request was not valid', advice: refused.advice },
  401: { reason: () => 'you are signed out', advice: `Sign in again to continue; ${kept}.` },
  403: {
    reason: () => 'your role does not allow it',
    advice: 'Ask an administrator for access if you need it.',
  },
  404: {
    reason: () => 'it no longer exists',
    advice: 'Someone may have removed it: go back and reload the list.',
  },
  409: {
    reason: (resource) => `someone else changed this ${resource}`,
    advice: `Reload to see their change; ${kept}.`,
  },
  422: {
    reason: () => 'some of the values were not accepted',
    advice: `Correct them and try again; ${kept}.`,
  },
  429: {
    reason: () => 'too many requests were sent',
    advice: `Wait a minute, then try again; ${kept}.`,
  },
  500: serverFailed,
  503: {
    reason: () => 'the service is unavailable right now',
    advice: 'Try again in a few minutes; nothing you entered was lost.',
  },
  timeout: {
    reason: () => 'the server took too long to answer',
    advice: 'Try again; nothing you entered was lost.',
  },
  network: {
    reason: () => 'the server could not be reached',
    advice: 'Check your network connection, then try again; nothing you entered was lost.',
  },
};

function wordingOf(status: number | 'timeout' | 'network'): StatusWording {
  if (typeof status !== 'number') return statusWording[status];
  return statusWording[status] ?? (status >= 500 ? serverFailed : refused);
}

function subjectOf(source: ProblemSource | undefined): EndpointWording {
  const known = source ? endpointWording[source.id as EndpointId] : undefined;
  if (known) return known;
  return source?.method === 'GET' ? read('The data') : change('The change', 'item');
}

/**
 * A heading naming what failed and why, for a problem that says no more than its status:
 * "The upgrade was refused: someone else changed this application".
 */
export function refusalTitle(
  source: ProblemSource | undefined,
  status: number | 'timeout' | 'network',
): string {
  const { subject, resource } = subjectOf(source);
  const reason = wordingOf(status).reason(resource);
  if (source?.method === 'GET') return `${subject} could not be loaded: ${reason}`;
  const refusedByServer = typeof status === 'number' && status < 500;
  return `${subject} ${refusedByServer ? 'was refused' : 'did not go through'}: ${reason}`;
}

/** What to do next after a failure of this status. */
export function adviceFor(status: number | 'timeout' | 'network'): string {
  return wordingOf(status).advice;
}
