import { fixInFor } from './staging-way-out';

const env = (id: string, stagingOrder: number, platformVersion: string) => ({
  id,
  name: id,
  stagingOrder,
  platformVersion,
});

describe('fixInFor', () => {
  const envs = [
    env('dev', 1, '11.19.0'),
    env('test', 2, '11.19.0'),
    env('preprod', 3, '11.10.0'),
    env('prod', 4, '11.10.0'),
  ];

  it('is the closest environment before the target still on its version', () => {
    expect(fixInFor(envs, 'prod')?.id).toBe('preprod');
  });

  it('is none when no earlier environment shares the version, or the target is unknown', () => {
    expect(fixInFor(envs, 'preprod')).toBeNull();
    expect(fixInFor(envs, 'dev')).toBeNull();
    expect(fixInFor(envs, 'nope')).toBeNull();
  });

  it('counts 11 and 11.0.0 as one version', () => {
    expect(fixInFor([env('a', 1, '11'), env('b', 2, '11.0.0')], 'b')?.id).toBe('a');
  });
});
