import { z } from 'zod';
import type { Endpoint, EndpointResponse } from '../src/contract/endpoint';
import { endpoints, type EndpointId } from '../src/contract/endpoints';
import type { CallArgs } from './contract-client';

/** Every parsed success answer so far, by endpoint: where later calls find their ids. */
export class Answers {
  private readonly byEndpoint = new Map<string, unknown[]>();

  add(endpoint: Endpoint, value: unknown): void {
    this.byEndpoint.set(endpoint.id, [...(this.byEndpoint.get(endpoint.id) ?? []), value]);
  }

  of<E extends Endpoint>(endpoint: E): EndpointResponse<E>[] {
    return (this.byEndpoint.get(endpoint.id) ?? []) as EndpointResponse<E>[];
  }

  /** Every string held under `key` anywhere in any answer (e.g. every `operationId`). */
  valuesOf(key: string): string[] {
    const found = new Set<string>();
    const walk = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object') {
        for (const [k, v] of Object.entries(value)) {
          if (k === key && typeof v === 'string') found.add(v);
          else walk(v);
        }
      }
    };
    this.byEndpoint.forEach((values) => values.forEach(walk));
    return [...found];
  }
}

export interface ReadRule {
  /** Where the arguments come from, said when there are none ("an application"). */
  needs: string;
  args: (answers: Answers) => CallArgs[];
  /** Read after the write round trip, which may give it something to read. */
  late?: boolean;
}

const e = endpoints;
interface Page {
  items: { id: string }[];
}
const idsOf = (pages: Page[]) => pages.flatMap((page) => page.items.map((item) => item.id));
const byId = (name: string, pages: Page[]): CallArgs[] =>
  idsOf(pages).map((id) => ({ params: { [name]: id } }));

/**
 * How to reach every read whose path or query needs a value: from what earlier reads answered,
 * in this order (a rule reads only answers of endpoints above it). A read with nothing to fill
 * is called once as it is.
 */
export const readRules: Partial<Record<EndpointId, ReadRule>> = {
  getApplication: {
    needs: 'an application (listApplications)',
    args: (a) => byId('applicationId', a.of(e.listApplications)),
  },
  getApplicationAccess: {
    needs: 'an application (listApplications)',
    args: (a) => byId('applicationId', a.of(e.listApplications)),
  },
  getSelfHostedApplication: {
    needs: 'a self-hosted application (listSelfHostedApplications)',
    args: (a) => byId('applicationId', a.of(e.listSelfHostedApplications)),
  },
  listSelfHostedTenants: {
    needs: 'a self-hosted application (listSelfHostedApplications)',
    args: (a) => byId('applicationId', a.of(e.listSelfHostedApplications)),
  },
  getSelfHostedSettings: {
    needs: 'a self-hosted application (listSelfHostedApplications)',
    args: (a) => byId('applicationId', a.of(e.listSelfHostedApplications)),
  },
  getTemplate: {
    needs: 'a template (listTemplates)',
    args: (a) => byId('templateId', a.of(e.listTemplates)),
  },
  getTemplateVersion: {
    needs: 'a template release (getTemplate)',
    args: (a) =>
      a
        .of(e.getTemplate)
        .flatMap((t) =>
          t.releases.map((r) => ({ params: { templateId: t.id, version: r.version } })),
        ),
  },
  getTemplateDiff: {
    needs: 'a template release (getTemplate)',
    args: (a) =>
      a
        .of(e.getTemplate)
        .flatMap(({ id, releases: [newest, older = newest] }) =>
          newest && older
            ? [{ params: { templateId: id }, query: { from: older.version, to: newest.version } }]
            : [],
        ),
  },
  getInstalledApplication: {
    needs: 'an installed application (listInstalledApplications)',
    args: (a) => byId('applicationId', a.of(e.listInstalledApplications)),
  },
  getTemplateUpgradeDiff: {
    needs: 'an installed application (listInstalledApplications)',
    args: (a) =>
      a.of(e.listInstalledApplications).flatMap((page) =>
        page.items.map((app) => ({
          params: { applicationId: app.id },
          query: { to: app.latestVersion },
        })),
      ),
  },
  listTemplateUpgradeRecords: {
    needs: 'an installed application (listInstalledApplications)',
    args: (a) => byId('applicationId', a.of(e.listInstalledApplications)),
  },
  getTemplateUpgradeRecord: {
    needs: 'a template upgrade record (listTemplateUpgradeRecords)',
    args: (a) =>
      a
        .of(e.listTemplateUpgradeRecords)
        .flatMap((page) =>
          page.items.map((r) => ({ params: { applicationId: r.applicationId, upgradeId: r.id } })),
        ),
  },
  getTemplateRollbackPreview: {
    needs: "an installed application's latest upgrade (getInstalledApplication)",
    args: (a) =>
      a
        .of(e.getInstalledApplication)
        .flatMap((app) =>
          app.latestUpgradeId
            ? [{ params: { applicationId: app.id, upgradeId: app.latestUpgradeId } }]
            : [],
        ),
  },
  getServer: {
    needs: 'a server (listServers)',
    args: (a) => byId('serverId', a.of(e.listServers)),
  },
  getServerConfiguration: {
    needs: 'a server (listServers)',
    args: (a) => byId('serverId', a.of(e.listServers)),
  },
  getServerUpgradePlan: {
    needs: 'a server (listServers)',
    args: (a) =>
      a
        .of(e.listServers)
        .flatMap((page) =>
          page.items.map((s) => ({ params: { serverId: s.id }, query: { to: s.latestVersion } })),
        ),
  },
  listServerUpgrades: {
    needs: 'a server (listServers)',
    args: (a) => byId('serverId', a.of(e.listServers)),
  },
  getServerUpgrade: {
    needs: 'a server upgrade (listServerUpgrades)',
    args: (a) =>
      a
        .of(e.listServerUpgrades)
        .flatMap((list) =>
          list.items.map((u) => ({ params: { serverId: u.serverId, upgradeId: u.id } })),
        ),
  },
  getUpgradePlan: {
    needs: 'a platform upgrade plan (listUpgradePlans)',
    args: (a) => byId('planId', a.of(e.listUpgradePlans)),
  },
  getOperation: {
    needs: 'an operation id in an earlier answer (--allow-writes starts one)',
    late: true,
    args: (a) => {
      const started = a.of(e.startReadinessCheck).map((op) => op.id);
      const ids = new Set([...started, ...a.valuesOf('operationId')]);
      return [...ids].map((operationId) => ({ params: { operationId } }));
    },
  },
};

/** Whether a read cannot be called without values for its path or its query. */
export function needsArguments(endpoint: Endpoint): boolean {
  return (
    endpoint.params !== undefined ||
    (endpoint.query !== undefined && !z.safeParse(endpoint.query, {}).success)
  );
}
