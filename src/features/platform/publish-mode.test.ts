import fc from 'fast-check';
import { compareVersions } from '@/lib/version-compare';
import {
  deployAllAvailable,
  installedComponents,
  publishMode,
  UI_COMPONENTS,
} from './publish-mode';

const version = fc
  .tuple(fc.integer({ min: 9, max: 11 }), fc.nat({ max: 20 }), fc.nat({ max: 4 }))
  .map((parts) => parts.join('.'));

describe('publishMode', () => {
  it.each([
    ['10', '11', 'all'],
    ['9.1', '11', 'all'],
    ['10', '11.19.0', 'all'],
    ['11.10.0', '11.11.3', 'all'],
    ['11.10.0', '11.12.0', 'gradual'],
    ['11.10.0', '11.19.0', 'gradual'],
  ] as const)('%s → %s: publish %s', (from, to, mode) => {
    expect(publishMode(from, to)).toBe(mode);
  });

  it('is gradual exactly from 11.x to 11.12.0 or later', () => {
    fc.assert(
      fc.property(version, version, (from, to) => {
        const fromEleven = compareVersions(from, '11') >= 0 && compareVersions(from, '12') < 0;
        const gradual = fromEleven && compareVersions(to, '11.12.0') >= 0;
        expect(publishMode(from, to)).toBe(gradual ? 'gradual' : 'all');
      }),
    );
  });
});

describe('installedComponents and Deploy All', () => {
  it('installs the nine components only on cloud Development to 11.11.3 or earlier', () => {
    const dev = { role: 'development' as const, hosting: 'cloud' as const };
    expect(installedComponents(dev, '11.11.3')).toEqual([...UI_COMPONENTS]);
    expect(UI_COMPONENTS).toHaveLength(9);
    expect(installedComponents(dev, '11.12.0')).toEqual([]);
    expect(installedComponents({ ...dev, role: 'testing' }, '11.11.3')).toEqual([]);
    expect(installedComponents({ ...dev, hosting: 'self-managed' }, '11.11.3')).toEqual([]);
  });

  it('offers Deploy All from 11.19.0', () => {
    expect(deployAllAvailable('11.18.0')).toBe(false);
    expect(deployAllAvailable('11.19.0')).toBe(true);
  });
});
