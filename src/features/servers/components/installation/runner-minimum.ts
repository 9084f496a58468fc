import type { ServerDetail, ServerRelease } from '@/contract/servers';
import { compareVersions } from '@/lib/version-compare';
import { planServerUpgrade } from '../../plan';

export interface RunnerMinimum {
  /** The highest minimum runner version on the way to the latest release; null when none. */
  minimum: string | null;
  /** The release that asks for it. */
  since: string | null;
  below: (version: string) => boolean;
}

/** The runner rule of the plan from what runs now to the latest release. */
export function runnerMinimum(
  server: ServerDetail,
  releases: readonly ServerRelease[],
): RunnerMinimum {
  const plan = planServerUpgrade(
    server.packageVersion,
    server.latestVersion,
    releases,
    server.runners,
  );
  const minimum = plan.minRunnerVersion;
  const since =
    releases.find((r) => plan.crossed.includes(r.version) && r.minRunnerVersion === minimum)
      ?.version ?? null;
  return {
    minimum,
    since: minimum === null ? null : since,
    below: (version) => minimum !== null && compareVersions(version, minimum) < 0,
  };
}
