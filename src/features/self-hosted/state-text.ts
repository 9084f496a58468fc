import type { SelfHostedApplication } from '@/contract/self-hosted';

export type StateKind = 'switching' | 'registering' | 'registered' | 'no-access';

export interface StateLine {
  kind: StateKind;
  text: string;
}

export function tenantsWithoutAccessText(count: number): string {
  return `${String(count)} ${count === 1 ? 'tenant' : 'tenants'} without access`;
}

/**
 * What is going on with an application besides its active version, one short line each:
 * "switching 2.3.0 → 2.4.0", "registering 2.4.0", "2.4.0 registered for test", and tenants
 * that denied provisioning. Empty when nothing is.
 */
export function stateLines(app: SelfHostedApplication): StateLine[] {
  const lines: StateLine[] = [];
  if (app.switch) {
    lines.push({ kind: 'switching', text: `Switching ${app.switch.from} → ${app.switch.to}` });
  }
  if (app.registration?.status === 'registering') {
    lines.push({ kind: 'registering', text: `Registering ${app.registration.version}` });
  } else if (app.registration?.status === 'registered') {
    lines.push({ kind: 'registered', text: `${app.registration.version} registered for test` });
  }
  if (app.tenantsWithoutAccess > 0) {
    lines.push({ kind: 'no-access', text: tenantsWithoutAccessText(app.tenantsWithoutAccess) });
  }
  return lines;
}
