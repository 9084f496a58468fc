import { describe, expect, it } from 'vitest';
import { OptionsError, readOptions } from './options';

describe('readOptions', () => {
  it('defaults to 5 runs at 4× CPU on the bench’s own ports', () => {
    expect(readOptions([], {})).toEqual({
      runs: 5,
      cpu: 4,
      skipBuild: false,
      ports: { api: 8795, preview: 4195, standalone: 4196, floor: 4197 },
    });
  });

  it('takes values after the flag or after an equals sign', () => {
    const options = readOptions(['--runs', '1', '--cpu=2', '--skip-build'], {
      BENCH_FLOOR_PORT: '5000',
    });
    expect(options).toMatchObject({ runs: 1, cpu: 2, skipBuild: true, ports: { floor: 5000 } });
  });

  it('refuses what it does not understand, saying so', () => {
    expect(() => readOptions(['--runs', 'many'], {})).toThrow(OptionsError);
    expect(() => readOptions(['--runs'], {})).toThrow(/--runs takes a whole number/);
    expect(() => readOptions(['--fast'], {})).toThrow(/Unknown option --fast/);
    expect(() => readOptions([], { BENCH_API_PORT: '99999' })).toThrow(/BENCH_API_PORT/);
  });
});
