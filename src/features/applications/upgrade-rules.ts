import type { Infrastructure, ProjectRelease, Service } from '@/contract/application-detail';
import type { UpgradeRequest } from '@/contract/upgrades';
import { connectorProblems, type FieldProblem } from './connector-rules';
import { upgradeTargets } from './rules';

export interface UpgradeBaseline {
  name: string;
  projectVersion: number;
  services: readonly Service[];
  infrastructure: Infrastructure;
  releases: readonly ProjectRelease[];
}

/**
 * What an upgrade request would change that an upgrade may not (seed "Upgrading applications"):
 * a target not higher than the deployed version, a new name, another image or new or changed
 * variables for a non-connector service, any infrastructure change, connectors that are not valid
 * or that the target version needs but lacks. One message per field, keyed like the body.
 */
export function upgradeProblems(current: UpgradeBaseline, request: UpgradeRequest): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const released = current.releases.map((r) => r.version);
  if (!upgradeTargets(released, current.projectVersion).includes(request.projectVersion)) {
    problems.push({
      field: 'projectVersion',
      message:
        request.projectVersion <= current.projectVersion
          ? `Pick a released project version higher than ${current.projectVersion}, the one deployed.`
          : `Project version ${request.projectVersion} is not released.`,
    });
  }
  if (request.name !== current.name) {
    problems.push({
      field: 'name',
      message: `An upgrade cannot rename the application; it stays ${current.name}.`,
    });
  }
  request.services?.forEach((service, i) => {
    const was = current.services.find((s) => s.name === service.name);
    if (!was) {
      problems.push({
        field: `services.${i}.name`,
        message: `An upgrade cannot add the service ${service.name}.`,
      });
      return;
    }
    if (service.image !== was.image) {
      problems.push({
        field: `services.${i}.image`,
        message: `Only connectors can get a new image; ${was.name} keeps ${was.image}.`,
      });
    }
    for (const [key, value] of Object.entries(service.variables)) {
      if (was.variables[key] === value) continue;
      const what = key in was.variables ? 'change' : 'add';
      problems.push({
        field: `services.${i}.variables.${key}`,
        message: `Only connectors' variables can change; an upgrade cannot ${what} ${key} of ${was.name}.`,
      });
    }
  });
  if (request.infrastructure) {
    for (const [key, value] of Object.entries(request.infrastructure)) {
      if (current.infrastructure[key as keyof Infrastructure] !== value) {
        problems.push({
          field: `infrastructure.${key}`,
          message: 'The infrastructure cannot be changed by an upgrade.',
        });
      }
    }
  }
  problems.push(...connectorProblems(request.connectors));
  const target = current.releases.find((r) => r.version === request.projectVersion);
  for (const needed of target?.connectors ?? []) {
    if (!request.connectors.some((c) => c.name === needed.name)) {
      problems.push({
        field: 'connectors',
        message: `Project version ${request.projectVersion} uses the connector ${needed.name}: configure it.`,
      });
    }
  }
  return problems;
}
