import { endpoints } from '@/contract/endpoints';
import type { ServerSortField, ServerSummary } from '@/contract/servers';
import { findRelease, planServerUpgrade } from '@/features/servers/plan';
import { lintYaml, yamlProblemMessage } from '@/features/servers/yaml-lint';
import { compareVersions } from '@/lib/version-compare';
import { route } from '../core/http';
import { matchesText, paginate } from '../core/paging';
import { problems } from '../core/problems';
import { recordAudit } from '../core/records';
import type { Db } from '../db';
import { findServer, type ServerRecord } from './state';
import { maskYamlSecrets, restoreYamlSecrets } from './yaml-secrets';
import { latestRelease, toServerDetail, toServerSummary, toServerUpgrade } from './view';

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

export function requireServer(db: Db, id: string): ServerRecord {
  const server = findServer(db, id);
  if (!server) throw problems.notFound('Server', id);
  return server;
}

function compare(field: ServerSortField, a: ServerSummary, b: ServerSummary): number {
  switch (field) {
    case 'packageVersion':
      // Never pulled sorts before every version.
      if (a.packageVersion === null || b.packageVersion === null)
        return Number(a.packageVersion !== null) - Number(b.packageVersion !== null);
      return compareVersions(a.packageVersion, b.packageVersion);
    case 'updatedAt':
      return a.updatedAt.localeCompare(b.updatedAt);
    case 'name':
      return collator.compare(a.name, b.name);
  }
}

/** An unknown target starts nothing: 422 naming the versions there are and the latest. */
export function requireRelease(db: Db, version: string) {
  const release = findRelease(db.serverReleases, version);
  if (release) return release;
  const versions = db.serverReleases.map((r) => r.version).join(', ');
  throw problems.unprocessable(
    'There is no such release',
    `${version} is not a released version. Released: ${versions}; the latest is ${latestRelease(db)}.`,
    [{ field: 'to', message: `Pick a released version; the latest is ${latestRelease(db)}.` }],
  );
}

/** Servers, their installation, releases, plans, configuration and upgrade records. */
export const serverHandlers = [
  route(endpoints.listServers, ({ db, query }) => {
    const direction = query.order === 'desc' ? -1 : 1;
    const rows = db.servers
      .filter((s) => matchesText(query.q, `${s.name} ${s.project}`))
      .map((s) => toServerSummary(db, s))
      .filter(
        (s) =>
          query.upgradeAvailable === undefined || s.upgradeAvailable === query.upgradeAvailable,
      )
      .sort((a, b) => direction * compare(query.sort, a, b) || collator.compare(a.name, b.name));
    return paginate(rows, query.page, query.pageSize);
  }),

  route(endpoints.getServer, ({ db, params }) =>
    toServerDetail(db, requireServer(db, params.serverId)),
  ),

  route(endpoints.listServerReleases, ({ db }) => ({
    items: [...db.serverReleases].sort((a, b) => compareVersions(b.version, a.version)),
  })),

  route(endpoints.getServerUpgradePlan, ({ db, params, query }) => {
    const server = requireServer(db, params.serverId);
    const release = requireRelease(db, query.to);
    return planServerUpgrade(
      server.packageVersion,
      release.version,
      db.serverReleases,
      server.runners,
    );
  }),

  route(endpoints.getServerConfiguration, ({ db, params }) => {
    const { configuration } = requireServer(db, params.serverId);
    return { ...configuration, yaml: maskYamlSecrets(configuration.yaml) };
  }),

  route(endpoints.updateServerConfiguration, ({ db, params, body, user, now }) => {
    const server = requireServer(db, params.serverId);
    const current = server.configuration;
    if (body.revision !== current.revision) {
      throw problems.conflict(
        'Someone else changed global.yaml meanwhile',
        `It is at revision ${String(current.revision)} now, not at ${String(body.revision)}. Compare their version with yours before saving again.`,
        current.revision,
      );
    }
    const issues = lintYaml(body.yaml);
    if (issues.length > 0) {
      throw problems.unprocessable(
        'global.yaml is not valid YAML',
        issues.map(yamlProblemMessage).join(' '),
        issues.map((issue) => ({ field: 'yaml', message: yamlProblemMessage(issue) })),
      );
    }
    const at = new Date(now).toISOString();
    const yaml = restoreYamlSecrets(body.yaml, current.yaml);
    server.configuration = { yaml, revision: current.revision + 1, updatedAt: at };
    server.updatedAt = at;
    recordAudit(db, now, {
      actor: { id: user.id, name: user.name },
      action: 'server.configuration.update',
      resource: { type: 'server', id: server.id, name: server.name },
      from: `revision ${String(current.revision)}`,
      to: `revision ${String(current.revision + 1)}`,
      outcome: 'succeeded',
      fields: ['global.yaml'],
    });
    return { ...server.configuration, yaml: maskYamlSecrets(yaml) };
  }),

  route(endpoints.listServerUpgrades, ({ db, params }) => {
    requireServer(db, params.serverId);
    const items = db.serverUpgrades
      .filter((u) => u.serverId === params.serverId)
      .sort((a, b) => b.startedAt.localeCompare(a.startedAt))
      .map(toServerUpgrade);
    return { items, total: items.length };
  }),

  route(endpoints.getServerUpgrade, ({ db, params }) => {
    requireServer(db, params.serverId);
    const upgrade = db.serverUpgrades.find(
      (u) => u.id === params.upgradeId && u.serverId === params.serverId,
    );
    if (!upgrade) throw problems.notFound('Upgrade', params.upgradeId);
    return toServerUpgrade(upgrade);
  }),
];
