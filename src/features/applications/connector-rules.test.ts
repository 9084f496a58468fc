import fc from 'fast-check';
import { connectorProblems, isImageReference, parseVariables } from './connector-rules';

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
    ['{"EMAIL_PORT":8050}', /value of EMAIL_PORT must be a string: write "8050" in quotes/],
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
