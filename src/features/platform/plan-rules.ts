import type { EnvironmentRole, Hosting, Sprint } from '@/contract/platform';
import type {
  PlanBlocker,
  PlanEnvironmentStatus,
  PlanWarning,
  Schedule,
} from '@/contract/platform-plans';
import { compareVersions } from '@/lib/version-compare';

interface OrderedEnvironment {
  environmentId: string;
  name: string;
  kind: 'lifetime' | 'application';
  role: EnvironmentRole | null;
}

const applicationsOf = <E extends OrderedEnvironment>(envs: readonly E[]) =>
  envs.filter((e) => e.kind === 'application');

/** "You should always upgrade and test your applications in a non-production environment before
 * proceeding to the Production environment." */
export function orderProblem(envs: readonly OrderedEnvironment[]): string | null {
  const first = applicationsOf(envs)[0];
  if (first?.role !== 'production') return null;
  return `${first.name} cannot be upgraded first: upgrade and test your applications in a non-production environment before Production.`;
}

/** Production starts only once another application environment has been upgraded and tested. */
export function productionWaitsFor(
  envs: readonly (OrderedEnvironment & { status: PlanEnvironmentStatus })[],
  environmentId: string,
): string | null {
  const env = envs.find((e) => e.environmentId === environmentId);
  if (env?.role !== 'production') return null;
  const tested = applicationsOf(envs).some(
    (e) => e.environmentId !== environmentId && e.status === 'tested',
  );
  return tested
    ? null
    : `${env.name} waits for another environment to be upgraded and tested: always upgrade and test your applications in a non-production environment first.`;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The seed's advice as warnings: a day between cloud environments; never inside a sprint. */
export function scheduleWarnings(
  envs: readonly {
    environmentId: string;
    name: string;
    hosting: Hosting;
    schedule: Schedule | null;
  }[],
  sprints: readonly Sprint[],
): PlanWarning[] {
  const warnings: PlanWarning[] = [];
  const cloud = envs
    .filter((e) => e.hosting === 'cloud' && e.schedule)
    .map((e) => ({ ...e, time: Date.parse(e.schedule?.at ?? '') }))
    .sort((a, b) => a.time - b.time);
  cloud.slice(1).forEach((env, i) => {
    const before = cloud[i];
    if (before && env.time - before.time < DAY_MS)
      warnings.push({
        environmentId: env.environmentId,
        code: 'cloud-too-close',
        message: `${env.name} is scheduled less than a day after ${before.name}: allow at least a day between environments to accommodate for testing.`,
      });
  });
  for (const env of envs) {
    const at = env.schedule ? Date.parse(env.schedule.at) : NaN;
    const sprint = sprints.find((s) => Date.parse(s.startsAt) <= at && at < Date.parse(s.endsAt));
    if (sprint)
      warnings.push({
        environmentId: env.environmentId,
        code: 'in-sprint',
        message: `${env.name} is scheduled during ${sprint.name}: an upgrade sprint should never break a development sprint. Upgrade between sprints.`,
      });
  }
  return warnings;
}

/** An IANA zone the browser knows (the schedule is shown in it). */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Why a schedule cannot be kept, at the part to fix; null when it can. */
export function scheduleProblem(
  schedule: { at?: string | null; timeZone?: string | null } | null,
  now: Date,
): { field: 'at' | 'timeZone'; message: string } | null {
  if (!schedule?.at) return { field: 'at', message: 'Pick the date and time of the upgrade.' };
  if (!schedule.timeZone) return { field: 'timeZone', message: 'Name the time zone of that time.' };
  if (!isTimeZone(schedule.timeZone))
    return {
      field: 'timeZone',
      message: `${schedule.timeZone} is not a time zone: pick one such as Europe/Lisbon.`,
    };
  if (Date.parse(schedule.at) <= now.getTime())
    return { field: 'at', message: 'Pick a time in the future.' };
  return null;
}

/**
 * "When upgrading your infrastructure, make sure that LifeTime is the most up-to-date environment"
 * and "starting on version 11, LifeTime is only supported when installed in a dedicated
 * environment." Unresolved: the simulator flips `resolved` once LifeTime's execution ends.
 */
export function lifeTimeBlockers(
  lifeTime: { version: string; dedicated: boolean },
  to: string,
  hostName: string | null,
): PlanBlocker[] {
  const blockers: PlanBlocker[] = [];
  if (compareVersions(lifeTime.version, to) < 0) {
    const firstRule =
      compareVersions(lifeTime.version, '11') < 0
        ? ' Up to OutSystems 10, upgrading means upgrading LifeTime first.'
        : '';
    blockers.push({
      code: 'lifetime-behind',
      message: `LifeTime is on ${lifeTime.version}, behind ${to}: make LifeTime the most up-to-date environment by upgrading it before any other.${firstRule}`,
      resolved: false,
    });
  }
  if (!lifeTime.dedicated && compareVersions(to, '11') >= 0)
    blockers.push({
      code: 'lifetime-shared',
      message: `LifeTime is installed inside ${hostName ?? 'an application environment'}. From 11, LifeTime is only supported in a dedicated environment: reinstall it there.`,
      resolved: false,
    });
  return blockers;
}

/** Hours of code fixing the reviewed changes need. */
export function estimateTotal(changes: readonly { estimateHours: number | null }[]): number {
  return changes.reduce((sum, c) => sum + (c.estimateHours ?? 0), 0);
}
