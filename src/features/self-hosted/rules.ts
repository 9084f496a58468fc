import type {
  AppVersionAction,
  AppVersionRefusalCode,
  AppVersionStatus,
  SwitchDirection,
} from '@/contract/self-hosted';
import { refusalOf } from './refusals';
import { compareVersions } from './version-order';

/**
 * The version status machine of a self-hosted application (seed "Upgrade a self-hosted
 * application"). One pure function decides every change, for the simulator (which refuses what
 * it refuses) and for the console (which offers only what it allows): exactly one version is
 * active at every moment, and at most one is registering, registered or being switched to.
 */
export interface VersionState {
  version: string;
  status: AppVersionStatus;
  /** Has been active once: a withdrawn registration falls back to "inactive", not "available". */
  wasActive: boolean;
}

/** What a person asks for, and what the simulator reports when work ends. */
export type VersionEvent =
  | { type: 'register'; version: string }
  | { type: 'withdraw'; version: string }
  | { type: 'confirm'; version: string; direction: SwitchDirection }
  | {
      type: 'registration-succeeded' | 'registration-failed' | 'switch-succeeded' | 'switch-failed';
      version: string;
    };

export interface Refusal {
  code: AppVersionRefusalCode;
  title: string;
  message: string;
}

export type Transition = { ok: true; versions: VersionState[] } | { ok: false; refusal: Refusal };

/** Statuses that hold the application's one registration slot. */
const holdsRegistration: readonly AppVersionStatus[] = ['registering', 'registered', 'switching'];

export function activeOf(versions: readonly VersionState[]): VersionState {
  const active = versions.filter((v) => v.status === 'active');
  const [only] = active;
  if (active.length !== 1 || !only) {
    throw new Error(`Exactly one version must be active, found ${active.length}`);
  }
  return only;
}

export function directionOf(version: string, active: string): SwitchDirection | null {
  const order = compareVersions(version, active);
  return order > 0 ? 'update' : order < 0 ? 'reactivate' : null;
}

function refuse(code: AppVersionRefusalCode, facts: Record<string, string>): Transition {
  return { ok: false, refusal: refusalOf(code, facts) };
}

export function transition(versions: readonly VersionState[], event: VersionEvent): Transition {
  const target = versions.find((v) => v.version === event.version);
  if (!target) return refuse('unknown-version', { version: event.version });
  const active = activeOf(versions);
  const holder = versions.find((v) => holdsRegistration.includes(v.status));
  const v = target.version;
  const to = (changes: Record<string, Partial<VersionState>>): Transition => ({
    ok: true,
    versions: versions.map((x) => ({ ...x, ...changes[x.version] })),
  });
  const outOfOrder = () =>
    refuse('out-of-order', { version: v, event: event.type, status: target.status });
  const facts = { version: v, active: active.version };

  switch (event.type) {
    case 'register':
      if (holder?.status === 'switching') return refuse('switch-running', { to: holder.version });
      if (target.status === 'active') return refuse('is-active', { ...facts, action: 'register' });
      if (target.status === 'registering') return refuse('registration-running', facts);
      if (target.status === 'registered') return refuse('already-registered', facts);
      if (holder) {
        return refuse('registration-exists', {
          ...facts,
          other: holder.version,
          otherStatus: holder.status,
        });
      }
      return to({ [v]: { status: 'registering' } });
    case 'withdraw':
      if (holder?.status === 'switching') return refuse('switch-running', { to: holder.version });
      if (target.status === 'registering') return refuse('registration-running', facts);
      if (target.status !== 'registered') return refuse('not-registered', facts);
      return to({ [v]: { status: target.wasActive ? 'inactive' : 'available' } });
    case 'confirm': {
      if (holder?.status === 'switching') return refuse('switch-running', { to: holder.version });
      if (target.status === 'active') return refuse('is-active', { ...facts, action: 'confirm' });
      if (target.status === 'registering') return refuse('registration-running', facts);
      if (target.status !== 'registered') return refuse('not-registered', facts);
      const direction = directionOf(v, active.version);
      if (direction !== event.direction) {
        return refuse('wrong-direction', { ...facts, asked: event.direction });
      }
      return to({ [v]: { status: 'switching' } });
    }
    case 'registration-succeeded':
    case 'registration-failed':
      if (target.status !== 'registering') return outOfOrder();
      return to({
        [v]: { status: event.type === 'registration-succeeded' ? 'registered' : 'failed' },
      });
    case 'switch-succeeded':
      if (target.status !== 'switching') return outOfOrder();
      return to({
        [active.version]: { status: 'inactive' },
        [v]: { status: 'active', wasActive: true },
      });
    case 'switch-failed':
      if (target.status !== 'switching') return outOfOrder();
      return to({ [v]: { status: 'failed' } });
  }
}

const actionEvents: Record<AppVersionAction, (version: string) => VersionEvent> = {
  register: (version) => ({ type: 'register', version }),
  withdraw: (version) => ({ type: 'withdraw', version }),
  'confirm-update': (version) => ({ type: 'confirm', version, direction: 'update' }),
  'confirm-reactivate': (version) => ({ type: 'confirm', version, direction: 'reactivate' }),
};

/** What fits a version now, and why everything else does not. */
export function versionActions(versions: readonly VersionState[], version: string) {
  const actions: AppVersionAction[] = [];
  const unavailable: { action: AppVersionAction; code: AppVersionRefusalCode; reason: string }[] =
    [];
  for (const action of Object.keys(actionEvents) as AppVersionAction[]) {
    const result = transition(versions, actionEvents[action](version));
    if (result.ok) actions.push(action);
    else unavailable.push({ action, code: result.refusal.code, reason: result.refusal.message });
  }
  return { actions, unavailable };
}

export function isUpdateAvailable(versions: readonly VersionState[]): boolean {
  const active = activeOf(versions).version;
  return versions.some((v) => compareVersions(v.version, active) > 0);
}
