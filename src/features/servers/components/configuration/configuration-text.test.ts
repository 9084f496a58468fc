import { differingLines, insertOption, isOptionSet } from './configuration-text';

describe('insertOption', () => {
  it('adds the example on its own lines at the end, ending with a line break', () => {
    const example = 'monitor:\n  enabled: true';
    expect(insertOption('a: 1\n', example)).toBe('a: 1\nmonitor:\n  enabled: true\n');
    expect(insertOption('a: 1', example)).toBe('a: 1\nmonitor:\n  enabled: true\n');
    expect(insertOption('', `${example}\n\n`)).toBe('monitor:\n  enabled: true\n');
  });
});

describe('isOptionSet', () => {
  it('finds a dotted key in the mapping, and says no when the text cannot be read', () => {
    expect(isOptionSet('monitor:\n  enabled: false\n', 'monitor.enabled')).toBe(true);
    expect(isOptionSet('monitor:\n  other: 1\n', 'monitor.enabled')).toBe(false);
    expect(isOptionSet('monitor:\n\tenabled: true\n', 'monitor.enabled')).toBe(false);
  });
});

describe('differingLines', () => {
  it('numbers the lines only one side has, each side counted on its own', () => {
    expect(differingLines('a\nb\nc\n', 'a\nB\nc\nd\n')).toEqual({ theirs: [2], mine: [2, 4] });
    expect(differingLines('same\n', 'same\n')).toEqual({ theirs: [], mine: [] });
  });
});
