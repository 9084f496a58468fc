import type { PlatformRelease } from '@/contract/platform';
import { breaking, release, sideEffect } from './seed-release-kit';
import { minors } from './seed-releases-11x';

/** The majors 9.1, 10 and 11: several changes each (9.1 → 11 reads those of 10 and 11). */
function majors(): PlatformRelease[] {
  return [
    release(
      '9.1',
      2200,
      ['Mobile apps with offline data synchronization.', 'Service Center dashboards for apps.'],
      ['Platform Server 9.1.501.0.', 'Fixes timer wake-ups lost after a front-end restart.'],
      [
        breaking(
          'bc-9.1-sessions',
          'Web screens',
          'Session variables are no longer shared between eSpaces',
          'Each module keeps its own session variables; read shared values through a public action.',
        ),
        sideEffect(
          'se-9.1-timers',
          'Timers',
          'Timers run on the front-end that woke them',
          'A timer woken in a farm runs where it was woken, not always on the first front-end.',
        ),
      ],
    ),
    release(
      '10',
      1700,
      [
        'Web screens use the Silk UI layout.',
        'Native mobile builds from the Mobile Apps Build Service.',
      ],
      [
        'Platform Server 10.0.1003.0.',
        'LifeTime 10 manages every environment of the infrastructure.',
      ],
      [
        breaking(
          'bc-10-silk-ui',
          'Web screens',
          'Web screens use the new Silk UI layout',
          'Screens built on the old RichWidgets layout render with Silk UI styles; custom CSS overriding the layout classes must be rewritten.',
        ),
        breaking(
          'bc-10-entity-actions',
          'Data',
          'Entity actions validate mandatory attributes',
          'Create and Update entity actions raise an exception when a mandatory attribute is empty instead of storing a default.',
        ),
        sideEffect(
          'se-10-rest-errors',
          'Integrations',
          'REST errors raise a typed exception',
          'Consumed REST methods raise CommunicationException with the status code; handlers catching a generic exception still work but lose it.',
        ),
      ],
    ),
    release(
      '11',
      1300,
      [
        'Reactive web apps.',
        'LifeTime released on its own, continuous cycle.',
        'Architecture Dashboard.',
      ],
      ['Platform Server 11.0.108.0.', 'LifeTime is only supported in a dedicated environment.'],
      [
        breaking(
          'bc-11-net-461',
          'Extensions',
          'Deprecated .NET Framework 4.6.1 extensions no longer compile',
          'Integration Studio builds extensions for .NET Framework 4.7.2; references to 4.6.1-only assemblies must be updated.',
        ),
        breaking(
          'bc-11-lifetime-dedicated',
          'LifeTime',
          'LifeTime needs a dedicated environment',
          'LifeTime installed inside an application environment must be reinstalled in its own environment before the upgrade.',
        ),
        breaking(
          'bc-11-soap-structures',
          'Integrations',
          'Consumed SOAP services regenerate their structures',
          'Refresh every consumed SOAP web service: structures with the same name as an entity are renamed.',
        ),
        sideEffect(
          'se-11-client-actions',
          'Mobile',
          'Client actions run asynchronously in mobile apps',
          'Code that relied on a client action finishing before the next screen event needs an explicit wait.',
        ),
      ],
    ),
  ];
}

/** Platform Server releases 9.1 → 11.19.0 (simulated titles, OutSystems-flavoured). */
export function seedPlatformReleases(): PlatformRelease[] {
  return [...majors(), ...minors()];
}
