import type {
  AppVersion,
  AppVersionStatus,
  SelfHostedApplicationDetail,
} from '@/contract/self-hosted';
import { relativeTime } from '@/lib/format';

export const statusLabels: Record<AppVersionStatus, string> = {
  available: 'Available',
  registering: 'Registering…',
  registered: 'Registered for test',
  switching: 'Switching…',
  active: 'Active',
  inactive: 'Inactive',
  failed: 'Failed',
};

const day = new Intl.DateTimeFormat('en', { dateStyle: 'medium' });

/** "12 Jan 2026" */
export function calendarDate(iso: string): string {
  return day.format(new Date(iso));
}

/** "Newer than 5.0.0" / "The active version" / "Earlier than 5.0.0". */
export function relationText(version: AppVersion, active: string): string {
  if (version.relation === 'newer') return `Newer than ${active}`;
  if (version.relation === 'earlier') return `Earlier than ${active}`;
  return 'The active version';
}

export function credentialsText(version: AppVersion): string {
  return version.requiresAppCredentials
    ? 'Requires app credentials'
    : 'Does not require app credentials';
}

/** The Confirm a registered version leads to. */
export function confirmLabel(version: AppVersion): string {
  return version.relation === 'earlier' ? 'Confirm Reactivate' : 'Confirm Update';
}

/** One sentence on where the version stands now, in words; empty when its status says it all. */
export function statusNote(
  version: AppVersion,
  app: SelfHostedApplicationDetail,
  now = Date.now(),
): string {
  const active = app.activeVersion;
  const ago = (iso: string | undefined) => (iso ? ` ${relativeTime(iso, now)}` : '');
  switch (version.status) {
    case 'active':
      return app.switch
        ? `Still serving every user until the switch to ${app.switch.to} completes.`
        : `Serving users since ${version.activatedAt ? calendarDate(version.activatedAt) : 'it was activated'}.`;
    case 'registering':
      return `Being installed beside ${active} for testing; ${active} keeps serving users.`;
    case 'registered': {
      const by = version.registeredBy ? ` by ${version.registeredBy.name}` : '';
      return `Registered for test${ago(version.registeredAt)}${by}, beside ${active}. ${confirmLabel(version)} makes it the active version.`;
    }
    case 'switching':
      return `Becomes the active version when the switch completes; ${active} serves until then.`;
    case 'inactive':
      return version.activatedAt && version.deactivatedAt
        ? `Was active from ${calendarDate(version.activatedAt)} to ${calendarDate(version.deactivatedAt)}.`
        : 'Was active once.';
    case 'failed': {
      // The reason itself (failure.title and detail) is shown beside this sentence.
      const retry = version.actions.includes('register')
        ? ' Register it to test to try again.'
        : '';
      return `${active} is still the active version; nothing changed for its users.${retry}`;
    }
    case 'available':
      return '';
  }
}
