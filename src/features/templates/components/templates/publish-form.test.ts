import { publishFieldOf, publishFormSchema } from './publish-form';

const parse = (latest: string, version: string) =>
  publishFormSchema(latest).safeParse({ version, notes: '' });

describe('publish form', () => {
  it('accepts only a version greater than the latest, number by number', () => {
    expect(parse('1.9', '1.10').success).toBe(true);
    expect(parse('1.0', '1.1').success).toBe(true);
    expect(parse('1.10', '1.9').success).toBe(false);
  });

  it('names the latest version when refusing a lower or equal one', () => {
    for (const v of ['1.0', '0.9', '1.0.0']) {
      const result = parse('1.0', v);
      expect(result.error?.issues[0]?.message).toBe(
        `${v} is not greater than the latest version, 1.0. Give a greater version, such as 1.1.`,
      );
    }
  });

  it('refuses what is not a version, and an empty field with a hint', () => {
    expect(parse('1.0', '1.a').success).toBe(false);
    expect(parse('1.0', '').error?.issues[0]?.message).toMatch(/greater than the latest, 1\.0/);
  });

  it("maps the server's field errors to the form's fields", () => {
    expect(publishFieldOf('version')).toBe('version');
    expect(publishFieldOf('notes')).toBe('notes');
    expect(publishFieldOf('revision')).toBeUndefined();
  });
});
