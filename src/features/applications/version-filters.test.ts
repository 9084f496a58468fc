import type { Project } from '@/contract/applications';
import {
  parseVersionInput,
  releasedVersionsOf,
  VERSION_INPUT_MESSAGE,
  VERSION_TOO_LONG_MESSAGE,
} from './version-filters';

const projects: Project[] = [
  { id: 'p-invoice', name: 'Invoice Approvals', releasedVersions: [1, 2, 4, 10] },
  { id: 'p-claims', name: 'Insurance Claims', releasedVersions: [1, 3, 5, 6, 9] },
  { id: 'p-contracts', name: 'Contract Review', releasedVersions: [2, 4, 8] },
];

describe('releasedVersionsOf', () => {
  it('offers every project’s versions when none is chosen, ascending, once each', () => {
    expect(releasedVersionsOf(projects)).toEqual([1, 2, 3, 4, 5, 6, 8, 9, 10]);
    expect(releasedVersionsOf(projects, [])).toEqual([1, 2, 3, 4, 5, 6, 8, 9, 10]);
  });

  it('offers only the chosen projects’ versions', () => {
    expect(releasedVersionsOf(projects, ['p-invoice'])).toEqual([1, 2, 4, 10]);
    expect(releasedVersionsOf(projects, ['p-invoice', 'p-contracts'])).toEqual([1, 2, 4, 8, 10]);
  });

  it('offers nothing for projects it does not know', () => {
    expect(releasedVersionsOf(projects, ['p-nope'])).toEqual([]);
  });
});

describe('parseVersionInput', () => {
  it.each([
    ['', undefined],
    ['  ', undefined],
    ['3', 3],
    [' 12 ', 12],
    ['007', 7],
    ['999999999', 999_999_999],
  ])('accepts %j as %j', (text, value) => {
    expect(parseVersionInput(text)).toEqual({ ok: true, value });
  });

  it.each(['0', '-1', '2.5', 'abc', '3a', '+3', '1e3'])('refuses %j', (text) => {
    expect(parseVersionInput(text)).toEqual({ ok: false, message: VERSION_INPUT_MESSAGE });
  });

  it.each(['1234567890', '3'.repeat(10_000)])('refuses %j with the limit, not cut', (text) => {
    expect(parseVersionInput(text)).toEqual({ ok: false, message: VERSION_TOO_LONG_MESSAGE });
  });
});
