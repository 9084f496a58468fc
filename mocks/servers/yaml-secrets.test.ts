import { servers } from '@/testing/servers-test-utils';
import { simulator } from '../simulator';
import { maskYamlSecrets, restoreYamlSecrets } from './yaml-secrets';

const saved = `# mail
smtpSender:
  host: smtp.spacetech.com
  password: hunter2 # rotated in May
  port: 587
runners:
  - name: mac-01
    token: abc123
`;

describe('global.yaml secrets', () => {
  it('masks the value of every secret-looking key, keeping the rest and the comments', () => {
    const masked = maskYamlSecrets(saved);
    expect(masked).not.toContain('hunter2');
    expect(masked).not.toContain('abc123');
    expect(masked).toContain('password: •••••••• # rotated in May');
    expect(masked).toContain('token: ••••••••');
    expect(masked).toContain('host: smtp.spacetech.com');
    expect(maskYamlSecrets('a: 1\n')).toBe('a: 1\n');
  });

  it('reads a mask sent back as "unchanged", and a typed value as the new one', () => {
    const edited = maskYamlSecrets(saved).replace('port: 587', 'port: 2525');
    const restored = restoreYamlSecrets(edited, saved);
    expect(restored).toContain('password: hunter2 # rotated in May');
    expect(restored).toContain('token: abc123');
    expect(restored).toContain('port: 2525');
    const retyped = restoreYamlSecrets(
      edited.replace('password: ••••••••', 'password: s3cret'),
      saved,
    );
    expect(retyped).toContain('password: s3cret');
  });
});

describe('global.yaml over the API', () => {
  afterEach(() => simulator.signInAs('u-admin'));

  it('answers a saved password as the mask, to a viewer too, and keeps it through a save', async () => {
    const start = await servers.configuration('spacetech');
    const typed = start.yaml.replace('port: 587', 'port: 587\n  password: hunter2');
    const saved = await servers.saveConfiguration('spacetech', typed, start.revision);
    expect(saved.yaml).toContain('password: ••••••••');
    expect(saved.yaml).not.toContain('hunter2');

    const again = await servers.saveConfiguration(
      'spacetech',
      saved.yaml.replace('port: 587', 'port: 2525'),
      saved.revision,
    );
    expect(again.yaml).toContain('port: 2525');
    expect(simulator.db.servers.find((s) => s.id === 'spacetech')?.configuration.yaml).toContain(
      'password: hunter2',
    );

    simulator.signInAs('u-viewer');
    expect((await servers.configuration('spacetech')).yaml).not.toContain('hunter2');
  });
});
