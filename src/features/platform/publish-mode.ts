import type { EnvironmentRole, Hosting } from '@/contract/platform';
import type { PublishMode } from '@/contract/platform-plans';
import { compareVersions } from '@/lib/version-compare';

/** From 11.x to this or later, applications can be published gradually after modules preparation. */
export const GRADUAL_FROM = '11.12.0';
/** "Starting from Platform Server 11.19.0, a new Deploy All feature is available." */
export const DEPLOY_ALL_FROM = '11.19.0';
/** Cloud Development upgraded to this or earlier gets the latest UI components installed. */
export const COMPONENTS_INSTALLED_UP_TO = '11.11.3';

/** What OutSystems installs on a cloud Development environment upgraded to 11.11.3 or earlier. */
export const UI_COMPONENTS = [
  'OutSystems UI',
  'OutSystems UI Web',
  'OutSystems Charts',
  'OutSystems Charts Web',
  'OutSystems Maps',
  'OutSystems UI Templates Mobile',
  'OutSystems UI Templates Reactive',
  'OutSystems UI Web Screen Templates',
  'OutSystems Sample Data',
] as const;

const isEleven = (version: string) =>
  compareVersions(version, '11') >= 0 && compareVersions(version, '12') < 0;

/**
 * The seed's rule: publish all applications from 10 or earlier to 11, and from 11.x to 11.11.3 or
 * earlier; publish gradually from 11.x to 11.12.0 or later.
 */
export function publishMode(from: string, to: string): PublishMode {
  return isEleven(from) && compareVersions(to, GRADUAL_FROM) >= 0 ? 'gradual' : 'all';
}

/** Deploy All publishes every module in one go, from 11.19.0. */
export function deployAllAvailable(to: string): boolean {
  return compareVersions(to, DEPLOY_ALL_FROM) >= 0;
}

/** The components OutSystems installs itself along with the platform; otherwise none. */
export function installedComponents(
  env: { role: EnvironmentRole | null; hosting: Hosting },
  to: string,
): string[] {
  const installs =
    env.hosting === 'cloud' &&
    env.role === 'development' &&
    compareVersions(to, COMPONENTS_INSTALLED_UP_TO) <= 0;
  return installs ? [...UI_COMPONENTS] : [];
}
