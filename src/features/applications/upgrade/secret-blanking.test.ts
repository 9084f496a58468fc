import { blankSecretValues, fillEmptyValue } from './secret-blanking';

describe('blankSecretValues', () => {
  it('empties closed values of secret keys and keeps everything else as typed', () => {
    const text = '{\n  "EMAIL_HOST": "h",\n  "SMTP_PASSWORD": "p\\"w",\n  "API\\u005fKEY": "k"\n}';
    expect(blankSecretValues(text)).toBe(
      '{\n  "EMAIL_HOST": "h",\n  "SMTP_PASSWORD": "",\n  "API\\u005fKEY": ""\n}',
    );
  });

  it('empties a value still being typed, at the end of the text or of a line', () => {
    expect(blankSecretValues('{"EMAIL_HOST":"h","SMTP_PASSWORD":"hunt')).toBe(
      '{"EMAIL_HOST":"h","SMTP_PASSWORD":"',
    );
    expect(blankSecretValues('{"TOKEN": "ab\\\n, "HOST": "h"}')).toBe(
      '{"TOKEN": "\n, "HOST": "h"}',
    );
    expect(blankSecretValues('{"HOST": "still typing')).toBe('{"HOST": "still typing');
  });

  it('empties numbers, bare words and array items of a secret key as empty strings', () => {
    expect(
      blankSecretValues('{"SMTP_PASSWORD": 12345, "API_KEYS": ["a", 7], "TOKEN": hunter2}'),
    ).toBe('{"SMTP_PASSWORD": "", "API_KEYS": ["", ""], "TOKEN": ""}');
  });
});

describe('fillEmptyValue', () => {
  it('puts a value back into the emptied value of its key, escaped', () => {
    expect(fillEmptyValue('{\n  "API_TOKEN": "",\n  "A": ""\n}', 'API_TOKEN', 'a"b')).toBe(
      '{\n  "API_TOKEN": "a\\"b",\n  "A": ""\n}',
    );
  });
});

describe('blankSecretValues and the mask', () => {
  it("keeps the API's mask of a deployed secret: it is no secret, and sent back it keeps the value", () => {
    const text = '{"API_TOKEN": "••••••••", "SMTP_PASSWORD": "hunter2", "X_KEY": "••••••••x"}';
    expect(blankSecretValues(text)).toBe(
      '{"API_TOKEN": "••••••••", "SMTP_PASSWORD": "", "X_KEY": ""}',
    );
  });
});
