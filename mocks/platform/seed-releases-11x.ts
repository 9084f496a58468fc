import type { PlatformRelease } from '@/contract/platform';
import { breaking, release, sideEffect } from './seed-release-kit';

/** The 11.x minors: one or two changes each (11.10.0 → 11.19.0 crosses nine). */
export function minors(): PlatformRelease[] {
  return [
    release(
      '11.10.0',
      900,
      ['Deployment zones per module.', 'Faster publication of large solutions.'],
      ['Fixes Service Center logs paging past 10,000 entries.'],
      [
        sideEffect(
          'se-11.10.0-zones',
          'Deployment',
          'Deployment zones apply per module',
          'A module without a zone runs in the Global zone, even when its application has one.',
        ),
      ],
    ),
    release(
      '11.11.3',
      700,
      ['Tenant-aware timers.', 'Service Center shows front-ends per zone.'],
      ['Fixes a memory leak in the scheduler service under heavy timer load.'],
      [
        breaking(
          'bc-11.11.3-tls',
          'Integrations',
          'TLS 1.0 and 1.1 are refused for outgoing calls',
          'Consumed REST and SOAP services on servers without TLS 1.2 fail with a handshake error.',
        ),
      ],
    ),
    release(
      '11.12.0',
      560,
      [
        'Modules preparation: publish applications gradually after the upgrade.',
        'New compiler pipeline.',
      ],
      ['The installer prepares every module for the new version in the background.'],
      [
        breaking(
          'bc-11.12.0-module-prep',
          'Deployment',
          'Modules preparation replaces publish-all',
          'After the upgrade every module is prepared for the new version; applications are published gradually, and only once the preparation ends.',
        ),
        sideEffect(
          'se-11.12.0-ui-components',
          'UI',
          'OutSystems UI components are no longer installed for you',
          'From 11.12.0, update OutSystems UI, Charts, Maps and the screen templates yourself.',
        ),
      ],
    ),
    release(
      '11.14.0',
      400,
      ['Reactive apps load screens on demand.', 'Database connection pool metrics.'],
      ['Fixes wrong time zone in timers scheduled across a daylight saving change.'],
      [
        breaking(
          'bc-11.14.0-json-dates',
          'Integrations',
          'JSON dates serialize in ISO 8601 with the offset',
          'Consumers parsing the old "/Date(…)/" format must switch to ISO 8601.',
        ),
      ],
    ),
    release(
      '11.16.0',
      260,
      ['Content Security Policy per environment.', 'Faster 1-click publish.'],
      ['Fixes a deadlock publishing two solutions with shared producers.'],
      [
        breaking(
          'bc-11.16.0-csp',
          'Security',
          'Content Security Policy blocks inline scripts',
          'Screens that inject inline JavaScript need a nonce or must move it to a script resource.',
        ),
        sideEffect(
          'se-11.16.0-cookies',
          'Security',
          'Session cookies are SameSite=Lax',
          'Apps embedded in a page of another site lose their session in an iframe unless configured.',
        ),
      ],
    ),
    release(
      '11.18.0',
      140,
      ['Process (BPT) monitoring in Service Center.', '.NET 6 for extensions.'],
      ['Fixes Error Log entries missing the request key.'],
      [
        breaking(
          'bc-11.18.0-bpt-timeouts',
          'Processes',
          'Process activities time out after 10 minutes',
          'Automatic activities running longer need to be split or given an explicit timeout.',
        ),
      ],
    ),
    release(
      '11.19.0',
      45,
      [
        'Deploy All: publish every module of the environment in one go.',
        'Upgrade readiness report in Service Center.',
      ],
      ['Fixes modules preparation stopping on a module with a broken reference.'],
      [
        breaking(
          'bc-11.19.0-deploy-all',
          'Deployment',
          'Deploy All available',
          'Deploy All publishes every module after the upgrade; modules with broken references are reported instead of stopping it.',
        ),
        sideEffect(
          'se-11.19.0-error-log',
          'Monitoring',
          'Error Log keeps 30 days by default',
          'Older entries are purged nightly; raise the retention in Service Center if your audits need more.',
        ),
      ],
    ),
  ];
}
