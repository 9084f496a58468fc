import fc from 'fast-check';
import {
  readScriptOutput,
  short,
  verifyScriptOutput,
  writeCheckOutput,
  writeVersionOutput,
  type ImageLine,
} from './script-output';

const h = (c: string) => `sha256:${c.repeat(64)}`;
const images: ImageLine[] = [
  {
    service: 'web',
    image: 'europe-docker.pkg.dev/appcircle/registry/web',
    tag: '3.8.1',
    hash: h('a'),
  },
  {
    service: 'build',
    image: 'europe-docker.pkg.dev/appcircle/registry/build',
    tag: '3.8.1',
    hash: h('b'),
  },
];
const target = { version: '3.8.1', images };

describe('readScriptOutput', () => {
  it('reads what the script writes: script version, each image and each status', () => {
    const text = [
      writeVersionOutput('3.8.1', images),
      writeCheckOutput('spacetech', [
        { service: 'web', status: 'healthy' },
        { service: 'build', status: 'unhealthy' },
      ]),
    ].join('\n');
    expect(readScriptOutput(text, 'spacetech')).toEqual({
      scriptVersion: '3.8.1',
      images,
      statuses: [
        { service: 'web', status: 'healthy' },
        { service: 'build', status: 'unhealthy' },
      ],
      unread: [],
    });
  });

  it('reads docker-style lines, colour codes and Windows line ends', () => {
    const text =
      '\u001b[32mScript version: v3.8.1\u001b[0m\r\n' +
      `europe-docker.pkg.dev/appcircle/registry/web:3.8.1 ${h('a')}\r\n` +
      'spacetech-web-1    Up 3 minutes (healthy)\r\n';
    const out = readScriptOutput(text, 'spacetech');
    expect(out.scriptVersion).toBe('3.8.1');
    expect(out.images).toEqual([images[0]]);
    expect(out.statuses).toEqual([{ service: 'web', status: 'healthy' }]);
  });

  it('keeps what it could read from truncated output and lists the lines it could not', () => {
    const whole = writeVersionOutput('3.8.1', images);
    const cut = whole.slice(0, whole.length - 20);
    const out = readScriptOutput(cut);
    expect(out.images).toEqual([images[0]]);
    expect(out.unread).toHaveLength(1);
  });

  it('reads nothing from foreign text and says so, line by line', () => {
    const out = readScriptOutput('Hello\nbash: ./ac-self-hosted.sh: Permission denied');
    expect(out).toMatchObject({ scriptVersion: null, images: [], statuses: [] });
    expect(out.unread).toEqual(['Hello', 'bash: ./ac-self-hosted.sh: Permission denied']);
  });

  it('never throws, whatever is pasted', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        expect(() => readScriptOutput(text, 'spacetech')).not.toThrow();
      }),
    );
  });

  it('reads back every image and status it writes', () => {
    const line = fc.record({
      service: fc.stringMatching(/^[a-z][a-z0-9]{0,10}$/),
      image: fc.stringMatching(/^[a-z]{1,6}\.[a-z]{2,3}\/[a-z]{1,8}$/),
      tag: fc.stringMatching(/^\d\.\d{1,2}\.\d$/),
      hash: fc.stringMatching(/^[0-9a-f]{64}$/).map((x) => `sha256:${x}`),
    });
    fc.assert(
      fc.property(fc.uniqueArray(line, { selector: (l) => l.service, maxLength: 6 }), (lines) => {
        const withNames = lines.map((l) => ({ ...l, image: `${l.image}/${l.service}` }));
        expect(readScriptOutput(writeVersionOutput('3.8.1', withNames)).images).toEqual(withNames);
      }),
    );
  });
});

describe('verifyScriptOutput', () => {
  const healthy = writeCheckOutput('spacetech', [
    { service: 'web', status: 'healthy' },
    { service: 'build', status: 'healthy' },
  ]);

  it('passes when every image is at the target hash and every service is healthy', () => {
    const out = readScriptOutput(`${writeVersionOutput('3.8.1', images)}\n${healthy}`, 'spacetech');
    expect(verifyScriptOutput(out, target)).toEqual({ ok: true, problems: [] });
  });

  it('names the service on an old hash and the service that is not healthy', () => {
    const old = [images[0], { ...images[1], hash: h('c') }] as ImageLine[];
    const check = writeCheckOutput('spacetech', [
      { service: 'web', status: 'stopped' },
      { service: 'build', status: 'healthy' },
    ]);
    const out = readScriptOutput(`${writeVersionOutput('3.8.1', old)}\n${check}`, 'spacetech');
    expect(verifyScriptOutput(out, target).problems).toEqual([
      `build: runs ${short(h('c'))}, but 3.8.1 ships ${short(h('b'))}.`,
      'web is stopped.',
    ]);
  });

  it('asks for the output it did not get', () => {
    const out = readScriptOutput(healthy, 'spacetech');
    expect(verifyScriptOutput(out, target)).toEqual({
      ok: false,
      problems: ['No image hashes were read: paste what `version` printed.'],
    });
  });
});
