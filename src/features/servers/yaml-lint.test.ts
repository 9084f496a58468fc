import fc from 'fast-check';
import { CONFIGURATION_MAX } from '@/contract/server-upgrades';
import { lintYaml, MAX_NESTING, yamlProblem, yamlProblemPosition } from './yaml-lint';

const GLOBAL_YAML = `# Space Tech
environment: Production
external:
  scheme: https
  mainDomain: .spacetech.example
smtpServer:
  host: smtp.spacetech.example
  port: 587
`;

const only = (text: string) => {
  const issues = lintYaml(text);
  expect(issues).toHaveLength(1);
  return issues[0];
};

describe('lintYaml', () => {
  it('finds nothing wrong in a well-formed global.yaml', () => {
    expect(lintYaml(GLOBAL_YAML)).toEqual([]);
    expect(yamlProblem(GLOBAL_YAML)).toBeNull();
  });

  it('names the line and column of a tab used for indentation, in plain words', () => {
    const text = 'server:\n  host: a\n  port: 1\n  \tx: 2\n';
    expect(yamlProblem(text)).toBe(
      'Line 4, column 3: a tab is not allowed for indentation: indent with spaces',
    );
    expect(only(text)).toMatchObject({ line: 4, column: 3, from: 30, to: 31 });
  });

  it.each([
    ['a key set twice', 'a: 1\na: 2\n', 2, 1, 'this key is already set above, in the same mapping'],
    ['an unclosed quote', 'a: "x\n', 2, 1, 'a "double-quoted" value is missing its closing quote'],
    ['an unclosed list', 'a: [1, 2\n', 2, 1, 'a list opened with [ is not closed with ]'],
    ['an unclosed mapping', 'a: {b: 1\n', 2, 1, 'a mapping opened with { is not closed with }'],
    ['two keys on a line', 'k: v: w\n', 1, 4, 'only one "key: value" fits on a line'],
    ['a misaligned key', 'a:\n  - b\n  c: d\n', 3, 1, 'this line is not indented like'],
    ['a second document', 'a: 1\n---\nb: 2\n', 2, 1, 'global.yaml holds one document'],
    ['an alias to nothing', 'a: *x\n', 1, 4, 'this alias (*) names no anchor (&) set above it'],
    ['a reserved first character', '@x: 1\n', 1, 1, 'a value cannot start with this character'],
  ])('explains %s', (_what, text, line, column, words) => {
    const issue = only(text);
    expect(issue).toMatchObject({ line, column });
    expect(issue?.message).toContain(words);
  });

  it('counts lines as the editor does, whatever the line endings', () => {
    expect(only('a: 1\r\n\tb: 2\r\n')).toMatchObject({ line: 2, column: 1 });
  });

  it.each([
    ['empty', '', 'the file is empty'],
    ['only comments', '# nothing yet\n', 'the file is empty'],
    ['a list', '- a\n- b\n', 'the top level is a list'],
    ['a single value', 'just text', 'the top level is a single value'],
  ])('refuses a document that is %s: global.yaml is a mapping', (_what, text, words) => {
    const issue = only(text);
    expect(issue).toMatchObject({ line: 1, column: 1 });
    expect(issue?.message).toContain(words);
    expect(issue?.message).toContain('"key: value" lines');
  });

  it('refuses text over the limit at the point where it goes over, without parsing it', () => {
    const line = (i: number) => `key${String(i).padStart(5, '0')}: value\n`;
    const text = Array.from({ length: Math.ceil((CONFIGURATION_MAX + 1) / 16) }, (_, i) =>
      line(i),
    ).join('');
    const issue = only(text);
    expect(issue?.message).toBe('global.yaml must stay under 64 KiB; it is longer from here');
    expect(issue?.from).toBe(CONFIGURATION_MAX);
    expect(issue?.line).toBe(Math.floor(CONFIGURATION_MAX / 16) + 1);
    expect(lintYaml(text.slice(0, CONFIGURATION_MAX - 1))).toEqual([]);
  });

  it('refuses brackets nested too deep at once, before the parser spends seconds on them', () => {
    const started = performance.now();
    const issue = only(`a: ${'['.repeat(CONFIGURATION_MAX - 10)}`);
    expect(performance.now() - started).toBeLessThan(500);
    expect(issue).toMatchObject({ line: 1, column: 4 + MAX_NESTING });
    expect(issue?.message).toBe(
      `brackets are nested more than ${String(MAX_NESTING)} levels deep here`,
    );
  });

  it('never quotes the text, however long the value or secret it would hold', () => {
    const secret = `hunter2-${'x'.repeat(5000)}`;
    for (const text of [
      `a: "${secret}`,
      `a: '${secret}`,
      `a: [${secret}`,
      `${secret}: 1\n${secret}: 2`,
    ]) {
      for (const issue of lintYaml(text)) {
        expect(issue.message).not.toContain('hunter2');
        expect(issue.message.length).toBeLessThan(100);
      }
    }
  });

  it('lists a repeated problem at most 20 times', () => {
    expect(lintYaml('a: 1\n'.repeat(200)).length).toBeLessThanOrEqual(20);
  });
});

describe('yamlProblemPosition', () => {
  it('reads back the line and column of a message it made', () => {
    expect(yamlProblemPosition(yamlProblem('a: 1\n\tb: 2\n') ?? '')).toEqual({
      line: 2,
      column: 1,
    });
    expect(yamlProblemPosition('Keep global.yaml under 64 KiB.')).toBeNull();
  });
});

const yamlish = fc.string({
  unit: fc.constantFrom(
    'a',
    'b',
    ':',
    ' ',
    '\n',
    '\t',
    '-',
    '[',
    ']',
    '{',
    '}',
    '"',
    "'",
    '#',
    '&',
    '*',
    '!',
    '|',
    '>',
    ',',
    '?',
    '%',
    '@',
    '\r',
    '\\',
  ),
  maxLength: 200,
});

describe('lintYaml on any text', () => {
  it('never throws, and every problem sits inside the text with a short message', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 300 }),
          yamlish,
          fc.string({ unit: 'grapheme', maxLength: 100 }),
        ),
        (text) => {
          const issues = lintYaml(text);
          for (const issue of issues) {
            expect(issue.line).toBeGreaterThanOrEqual(1);
            expect(issue.column).toBeGreaterThanOrEqual(1);
            expect(issue.from).toBeGreaterThanOrEqual(0);
            expect(issue.to).toBeGreaterThanOrEqual(issue.from);
            expect(issue.to).toBeLessThanOrEqual(text.length);
            expect(issue.message.length).toBeLessThan(100);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('places each problem at the line and column of its offset', () => {
    fc.assert(
      fc.property(yamlish, (text) => {
        for (const { line, column, from } of lintYaml(text)) {
          const before = text.slice(0, from).split(/\r\n|\r|\n/);
          expect(line).toBe(before.length);
          expect(column).toBe((before.at(-1)?.length ?? 0) + 1);
        }
      }),
      { numRuns: 300 },
    );
  });
});
