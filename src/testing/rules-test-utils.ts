import type { AppVersionAction, AppVersionStatus } from '@/contract/self-hosted';
import type { transition, VersionEvent, VersionState } from '@/features/self-hosted/rules';

export const ACTIVE = '2.9.1';
export const NEWER = '2.10.0';
export const EARLIER = '2.8.0';

/** 2.8.0 (was active), 2.9.1 active, 2.10.0 new; `changes` set statuses. */
export function versions(changes: Record<string, AppVersionStatus> = {}): VersionState[] {
  return [
    { version: EARLIER, status: changes[EARLIER] ?? 'inactive', wasActive: true },
    { version: ACTIVE, status: changes[ACTIVE] ?? 'active', wasActive: true },
    { version: NEWER, status: changes[NEWER] ?? 'available', wasActive: false },
  ];
}

export const event: Record<AppVersionAction, (version: string) => VersionEvent> = {
  register: (version) => ({ type: 'register', version }),
  withdraw: (version) => ({ type: 'withdraw', version }),
  'confirm-update': (version) => ({ type: 'confirm', version, direction: 'update' }),
  'confirm-reactivate': (version) => ({ type: 'confirm', version, direction: 'reactivate' }),
};

export const statusOf = (result: ReturnType<typeof transition>, version: string) =>
  result.ok ? result.versions.find((v) => v.version === version)?.status : result.refusal.code;
