import type { AuditEntry } from '@/contract/audit';
import {
  INSTALLED_APPLICATION_RESOURCE,
  templateOperationKinds,
} from '@/contract/template-upgrade-records';
import type { TemplateUpgradesState } from './state';
import { seedTime } from '../core/seed-random';
import { installed, release, seedRollback, seedUpgrade, template } from './seed-history';

const DAY = 60 * 24;

const observabilityNotes: Record<string, string> = {
  '1.0': 'Prometheus, Alertmanager, Grafana, Loki, Promtail, node exporter and Jaeger.',
  '1.1': 'Grafana sign-up disabled.',
  '1.2': 'Loki and Promtail 2.7.4.',
  '1.3': 'Alertmanager 0.26; more room for Prometheus.',
  '1.4': 'Grafana 9.5.',
  '1.5': 'Tempo for traces, wired into Grafana.',
  '1.6': 'Jaeger removed: traces live in Tempo.',
  '1.7': 'node exporter 1.6, probed every 15 s.',
  '1.8': 'Twice the Loki volume.',
  '1.9': 'Grafana 10.2; Alertmanager probe fails fast.',
  '1.10': 'Grafana 11; admin password rotated; configuration reformatted.',
  '1.11': 'Tempo 2.4.',
  '1.12': 'Loki and Promtail 3.0, JSON logs.',
};

/**
 * Template upgrades (seed "Application template upgrade"). Templates: spacetech-portal (1.0,
 * its source application has gained Redis, unpublished), observability-stack (1.0 … 1.12),
 * retail-platform (the large one, 320+ components), team-wiki. Installed applications, one per
 * situation: ia-001 the seed's copy at 1.0; ia-002 a finished upgrade 1.8 → 1.9 (most recent,
 * can be rolled back); ia-003 up to date after a failed attempt; ia-004 the large template at
 * 2.1; ia-005 partially upgraded; ia-006 rolled back, the components its upgrade added stayed.
 */
export function seedTemplateUpgrades(): TemplateUpgradesState {
  const portal = template(
    'tpl-spacetech-portal',
    'spacetech-portal',
    'SpaceTech customer portal: gateway, web front end, API and MySQL',
    [release('1.0', 30 * DAY, 'First release: gateway, web, API and MySQL.')],
  );
  portal.source.updatedAt = seedTime(2 * DAY);
  portal.updatedAt = portal.source.updatedAt;
  const observability = template(
    'tpl-observability-stack',
    'observability-stack',
    'Metrics, logs, traces and alerting for a cluster',
    Object.entries(observabilityNotes).map(([v, notes], i) =>
      release(v, (400 - i * 30) * DAY, notes),
    ),
  );
  const retail = template(
    'tpl-retail-platform',
    'retail-platform',
    'The whole retail back office: 16 domains of services, databases, caches and queues',
    [
      release('2.0', 120 * DAY, 'First release of the platform as one template.'),
      release('2.1', 60 * DAY, 'Order sagas, fraud checks, vector search, shipment tracking.'),
      release(
        '2.2',
        7 * DAY,
        'Consent, forecasting and return labels; more resources where needed.',
      ),
    ],
  );
  const wiki = template('tpl-team-wiki', 'team-wiki', 'Wiki.js with PostgreSQL', [
    release('1.0', 300 * DAY, 'Wiki.js 2.5 on PostgreSQL 15.'),
    release('1.1', 150 * DAY, 'Full-text search with Elasticsearch.'),
    release('2.0', 20 * DAY, 'Wiki.js 3 and PostgreSQL 16.'),
  ]);
  const state: TemplateUpgradesState = {
    templates: [portal, observability, retail, wiki],
    applications: [],
    upgrades: [],
  };
  const app = (id: string, name: string, t: typeof portal, version: string, minutesAgo: number) => {
    const record = installed(t, id, name, version, minutesAgo);
    state.applications.push(record);
    return record;
  };

  app('ia-001', 'spacetech-portal-copy', portal, '1.0', 20 * DAY);

  const prod = app('ia-002', 'observability-prod', observability, '1.7', 200 * DAY);
  seedUpgrade(state, observability, prod, 'upg-seed-01', '1.8', { minutesAgo: 150 * DAY });
  seedUpgrade(state, observability, prod, 'upg-seed-02', '1.9', {
    minutesAgo: 12 * DAY,
    comment: 'Grafana 10 before the quarter closes',
  });

  const staging = app('ia-003', 'observability-staging', observability, '1.10', 100 * DAY);
  seedUpgrade(state, observability, staging, 'upg-seed-03', '1.11', { minutesAgo: 60 * DAY });
  seedUpgrade(state, observability, staging, 'upg-seed-04', '1.12', {
    minutesAgo: 6 * DAY,
    failed: 'Loki 3.0 did not become ready within 5 minutes.',
  });
  seedUpgrade(state, observability, staging, 'upg-seed-05', '1.12', {
    minutesAgo: 5 * DAY,
    comment: 'Second attempt with a larger Loki volume',
  });

  app('ia-004', 'retail-platform-eu', retail, '2.1', 55 * DAY);

  const hr = app('ia-005', 'team-wiki-hr', wiki, '1.0', 280 * DAY);
  seedUpgrade(state, wiki, hr, 'upg-seed-06', '1.1', {
    minutesAgo: 90 * DAY,
    chosen: ['search'],
    comment: 'Search first; the wiki itself after the HR handbook review',
  });

  const us = app('ia-006', 'retail-platform-us', retail, '2.0', 110 * DAY);
  const toRollBack = seedUpgrade(state, retail, us, 'upg-seed-07', '2.1', { minutesAgo: 50 * DAY });
  seedRollback(us, toRollBack, 49 * DAY, 'Checkout latency doubled after 2.1');

  return state;
}

/** Audit entries of the seeded upgrades and rollbacks. */
export function seedTemplateAudit(state: TemplateUpgradesState): AuditEntry[] {
  return state.upgrades.flatMap((u, i): AuditEntry[] => {
    const app = state.applications.find((a) => a.id === u.applicationId);
    const resource = {
      type: INSTALLED_APPLICATION_RESOURCE,
      id: u.applicationId,
      name: app?.name ?? '',
    };
    const upgrade: AuditEntry = {
      id: `audit-tpl-seed-${i + 1}`,
      at: u.finishedAt ?? u.startedAt,
      actor: u.startedBy,
      action: templateOperationKinds.upgrade,
      resource,
      from: u.fromVersion,
      to: `${u.toVersion}: ${u.components.map((c) => c.name).join(', ')}`,
      comment: u.comment,
      outcome: u.status === 'failed' ? 'failed' : 'succeeded',
      ...(u.failure ? { reason: `${u.failure.title}: ${u.failure.detail}` } : {}),
    };
    const rollback: AuditEntry[] = u.rollback
      ? [
          {
            id: `audit-tpl-seed-${i + 1}-rollback`,
            at: u.rollback.finishedAt ?? u.rollback.startedAt,
            actor: u.rollback.startedBy,
            action: templateOperationKinds.rollback,
            resource,
            from: u.toVersion,
            to: `${u.fromVersion}: ${u.rollback.components.join(', ')}`,
            comment: u.rollback.comment,
            outcome: 'succeeded',
          },
        ]
      : [];
    return [upgrade, ...rollback];
  });
}
