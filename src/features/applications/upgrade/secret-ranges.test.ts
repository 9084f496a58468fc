import fc from 'fast-check';
import { isSecretKey } from '@/lib/secrets';
import { secretValueRanges, withoutQuotedSource } from './secret-ranges';

/** The text under each range, e.g. ['hunter2']. */
const masked = (text: string) => secretValueRanges(text).map((r) => text.slice(r.from, r.to));

describe('secretValueRanges', () => {
  it('finds the value of every secret-looking key, between its quotes', () => {
    const text = '{"SMTP_PASSWORD":"hunter2","EMAIL_HOST":"smtp.example","API_KEY":"k-1"}';
    expect(secretValueRanges(text)).toEqual([
      { from: 18, to: 25 },
      { from: 66, to: 69 },
    ]);
    expect(masked(text)).toEqual(['hunter2', 'k-1']);
  });

  it('reads keys the way isSecretKey does: any case, anywhere in the name', () => {
    const text = JSON.stringify({
      db_password: 'a',
      TOKEN_URL: 'https://idp.example/token',
      client_secret: 'c',
      SERVICE_URL: 'https://erp.example',
      EMAIL_PORT: '587',
    });
    // TOKEN_URL is not secret itself, but the rule is one rule everywhere: the detail page and
    // Review mask it too, and hiding too much is the safe side of a reveal toggle.
    expect(masked(text)).toEqual(['a', 'https://idp.example/token', 'c']);
  });

  it('keeps escaped quotes and backslashes inside the value', () => {
    const text = String.raw`{"API_TOKEN":"a\"b\\","X":"\"TOKEN\""}`;
    expect(masked(text)).toEqual([String.raw`a\"b\\`]);
  });

  it('reads escaped key names and ignores whitespace, line breaks and nesting', () => {
    const text = '{\n  "DB_PASS\\u0057ORD" :\n\t"p w",\n  "db": { "token" : "t" },\n  "n": {}\n}';
    expect(masked(text)).toEqual(['p w', 't']);
  });

  it('leaves empty values and secret-looking values of plain keys alone', () => {
    const text = '{"API_TOKEN":"","NOTE":"PASSWORD","A":"SECRET","B":12345,"C":["s"]}';
    expect(masked(text)).toEqual([]);
  });

  it('masks numbers, literals, bare words and everything inside arrays and objects of a secret key', () => {
    const text =
      '{"SMTP_PASSWORD": 12345, "API_KEYS": ["a", "b", 7], "OK": "x", "DB_SECRET": {"user": "u", "n": [true]}, "TOKEN": hunter2}';
    expect(masked(text)).toEqual(['12345', 'a', 'b', '7', 'u', 'true', 'hunter2']);
  });

  it('masks the items of a secret array as they are typed, before it is closed', () => {
    expect(masked('{"API_KEYS": ["a", "b')).toEqual(['a']);
    expect(masked('{"API_KEYS": [1, 2')).toEqual(['1', '2']);
    expect(masked('{"API_KEYS": ["a"], "HOST": "h"}')).toEqual(['a']);
  });

  it('survives 100,000 levels of nesting', () => {
    const deep = `{"API_KEY":${'['.repeat(100_000)}1${']'.repeat(100_000)}, "HOST": "h"}`;
    expect(masked(deep)).toEqual(['1']);
  });

  it('masks a value typed mid-way only once its closing quote is there', () => {
    expect(masked('{"SMTP_PASSWORD":"hunt')).toEqual([]);
    expect(masked('{"SMTP_PASSWORD":"hunter2"')).toEqual(['hunter2']);
    expect(masked('{"SMTP_PASS')).toEqual([]);
    expect(masked('{"SMTP_PASSWORD":')).toEqual([]);
    expect(masked('{"SMTP_PASSWORD":"a\\')).toEqual([]);
  });

  it('does not let an unclosed string on one line shift the quotes of the next', () => {
    const text = '{\n  "EMAIL_HOST": "smtp.exa\n  "API_TOKEN": "t0k",\n  "SECRET": "s"\n}';
    expect(masked(text)).toEqual(['t0k', 's']);
  });

  it('matches what JSON.parse reads, for any object of strings', () => {
    const key = fc.oneof(fc.string(), fc.constantFrom('PASSWORD', 'api_key', 'Token', 'x_secret'));
    fc.assert(
      fc.property(fc.dictionary(key, fc.string()), fc.constantFrom(0, 2, '\t'), (obj, indent) => {
        const text = JSON.stringify(obj, null, indent);
        const values = masked(text).map((raw) => JSON.parse(`"${raw}"`) as string);
        const expected = Object.entries(obj)
          .filter(([k, v]) => isSecretKey(k) && v !== '')
          .map(([, v]) => v);
        expect(values).toEqual(expected);
      }),
    );
  });
});

describe('withoutQuotedSource', () => {
  it("drops the text V8 quotes around a syntax error, so a masked value can't leak", () => {
    let message = '';
    try {
      JSON.parse('{"API_TOKEN":"s3", "B":x}');
    } catch (e) {
      message = (e as Error).message;
    }
    expect(withoutQuotedSource(message)).toBe(
      'Unexpected text in JSON: write strings in "double quotes"',
    );
    expect(withoutQuotedSource(message)).not.toContain('s3');
  });

  it.each([
    ['an unquoted secret, not even its first letter', '{"SMTP_PASSWORD": hunter2}', /h/],
    ['a text V8 quotes whole', 'NaN', /NaN/],
  ])('does not quote %s', (_what, text, leak) => {
    let message = '';
    try {
      JSON.parse(text);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(withoutQuotedSource(message)).toMatch(/^Unexpected text in JSON/);
    expect(withoutQuotedSource(message).replace('Unexpected text in JSON', '')).not.toMatch(leak);
  });

  it('keeps an unexpected punctuation mark, which can be no secret', () => {
    expect(withoutQuotedSource(`Unexpected token '}', "{"A":tru}" is not valid JSON`)).toBe(
      "Unexpected token '}' in JSON",
    );
  });

  it('keeps messages that quote nothing', () => {
    const message = "Expected ',' or '}' after property value in JSON at position 27";
    expect(withoutQuotedSource(message)).toBe(message);
  });
});
