import fc from 'fast-check';
import { connectorProblems, isImageReference, parseVariables } from './connector-rules';

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

const email = {
  name: 'email-connector',
  kind: 'out-of-the-box' as const,
  type: 'email',
  image: 'activiti/email-connector:7.1.0',
};

describe('parseVariables', () => {
  it("accepts the seed's example", () => {
    expect(parseVariables('{"EMAIL_HOST":"https://mysmtp.com","EMAIL_PORT":"8050"}')).toEqual({
      variables: { EMAIL_HOST: 'https://mysmtp.com', EMAIL_PORT: '8050' },
    });
  });

  it.each([
    ['{"EMAIL_HOST":"x",}', /^Not valid JSON/],
    ['["EMAIL_HOST"]', /must be a JSON object/],
    ['"text"', /must be a JSON object/],
    ['null', /must be a JSON object/],
    [
      '{"EMAIL_PORT":8050}',
      /^The value of EMAIL_PORT must be a string: put it in "double quotes"\.$/,
    ],
    ['{"EMAIL-HOST":"x"}', /"EMAIL-HOST" is not a valid variable name/],
    ['{"1HOST":"x"}', /"1HOST" is not a valid variable name/],
  ])('says what is wrong with %s', (text, message) => {
    const result = parseVariables(text);
    expect('error' in result && result.error).toMatch(message);
  });

  it('accepts every object of valid names to strings, and round-trips it', () => {
    const name = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,20}$/);
    fc.assert(
      fc.property(fc.dictionary(name, fc.string()), (vars) => {
        expect(parseVariables(JSON.stringify(vars))).toEqual({ variables: vars });
      }),
    );
  });

  it('refuses a key written twice, naming it, as a JSON linter does', () => {
    const result = parseVariables('{"EMAIL_HOST":"h","EMAIL_PORT":"25","EMAIL_PORT":"587"}');
    expect('error' in result && result.error).toMatch(/^EMAIL_PORT appears twice/);
    expect(parseVariables('{"A":"1","a":"2"}')).toEqual({ variables: { A: '1', a: '2' } });
  });

  it('never repeats the value of a secret-looking key, whatever its type', () => {
    for (const text of [
      '{"SMTP_PASSWORD":12345}',
      '{"API_KEYS":["alpha-1","beta-2"]}',
      '{"CLIENT_SECRET":{"v":"alpha-1"}}',
    ]) {
      const result = parseVariables(text);
      expect('error' in result && result.error).toMatch(/must be a string/);
      expect('error' in result && result.error).not.toMatch(/12345|alpha-1|beta-2/);
    }
  });

  it('answers a 100,000-deep value with a short message, without overflowing the stack', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    for (const text of [deep, `{"A":${deep}}`]) {
      const result = parseVariables(text);
      expect('error' in result && result.error.length).toBeLessThan(120);
    }
  });

  it.each([
    [
      'more than 64 KiB of JSON',
      {
        A: 'x'.repeat(4000),
        ...Object.fromEntries(range(20).map((i) => [`V${i}`, 'y'.repeat(4000)])),
      },
      /^The variables take 82\.\d KiB as JSON; a connector's variables can take at most 64 KiB\.$/,
    ],
    [
      'more than 100 variables',
      Object.fromEntries(range(101).map((i) => [`V${i}`, '1'])),
      /^There are 101 variables; a connector can have at most 100\.$/,
    ],
    [
      'a name longer than 128 characters',
      { [`K${'E'.repeat(200)}`]: 'v' },
      /^A variable name is 201 characters long \(KEEE.*…\); the limit is 128\.$/,
    ],
    [
      'a value longer than 4,096 characters',
      { SMTP_PASSWORD: 's'.repeat(5000) },
      /^The value of SMTP_PASSWORD is 5,000 characters long; the limit is 4,096\.$/,
    ],
  ])('refuses %s, saying the limit and the size', (_what, variables, message) => {
    const result = parseVariables(JSON.stringify(variables));
    expect('error' in result && result.error).toMatch(message);
    expect('error' in result && result.error.length).toBeLessThan(200);
  });

  it('refuses a 2 MB paste, saying its size', () => {
    const big = JSON.stringify({
      BLOB: 'x'.repeat(4000),
      ...Object.fromEntries(range(99).map((i) => [`V${i}`, 'y'.repeat(4000)])),
    });
    const result = parseVariables(big.replace(/,/g, ',' + ' '.repeat(20_000)));
    expect('error' in result && result.error).toMatch(/^The variables take 39\d\.\d KiB as JSON/);
  });

  it('refuses any object with a non-string value', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.string())),
        (v) => {
          expect(parseVariables(JSON.stringify({ KEY: v }))).toHaveProperty('error');
        },
      ),
    );
  });
});

describe('connectorProblems', () => {
  it('puts the clash with an out-of-the-box name on the custom connector, the one that can change', () => {
    const renamed = {
      name: 'email-connector',
      kind: 'custom' as const,
      image: 'registry.example.com/a/erp:1',
      variables: {},
    };
    const problems = connectorProblems([
      renamed,
      { ...email, variables: { EMAIL_HOST: 'h', EMAIL_PORT: '1' } },
    ]);
    expect(problems).toEqual([
      {
        field: 'connectors.0.name',
        message: 'email-connector is the name of the Email connector: give this one another name.',
      },
    ]);
  });

  it('names the missing required variables of an out-of-the-box connector', () => {
    expect(connectorProblems([{ ...email, variables: { EMAIL_HOST: 'h' } }])).toEqual([
      { field: 'connectors.0.variables', message: 'The Email connector needs EMAIL_PORT.' },
    ]);
  });

  it('keeps the name and image of an out-of-the-box connector fixed', () => {
    const fields = connectorProblems([
      {
        ...email,
        name: 'mail',
        image: 'evil/mail:1',
        variables: { EMAIL_HOST: 'h', EMAIL_PORT: '1' },
      },
    ]).map((p) => p.field);
    expect(fields).toEqual(['connectors.0.name', 'connectors.0.image']);
  });

  it('validates a custom connector name and image URL', () => {
    const problems = connectorProblems([
      { name: 'ERP', kind: 'custom', image: 'not an image', variables: {} },
      {
        name: 'erp-connector',
        kind: 'custom',
        image: 'registry.example.com/team/erp:2.3.1',
        variables: {},
      },
    ]);
    expect(problems.map((p) => p.field)).toEqual(['connectors.0.name', 'connectors.0.image']);
  });

  it('refuses two connectors with one name', () => {
    const c = {
      name: 'erp',
      kind: 'custom' as const,
      image: 'registry.example.com/a/erp:1',
      variables: {},
    };
    expect(connectorProblems([c, c])).toEqual([
      { field: 'connectors.1.name', message: 'Another connector is already named erp.' },
    ]);
  });
});

describe('isImageReference', () => {
  it.each([
    'activiti/email-connector:7.1.0',
    'registry.example.com:5000/team/erp:2.3.1',
    'quay.io/org/app',
  ])('accepts %s', (image) => {
    expect(isImageReference(image)).toBe(true);
  });
  it.each(['', 'erp', 'https://registry.example.com/erp:1', 'Registry/App:1', 'a b/c'])(
    'refuses %s',
    (image) => {
      expect(isImageReference(image)).toBe(false);
    },
  );
});
