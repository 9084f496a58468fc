import { isSecretKey } from './secrets';

describe('isSecretKey', () => {
  it('knows PASSWORD, SECRET, TOKEN and KEY anywhere in a name, in any case', () => {
    for (const key of [
      'SMTP_PASSWORD',
      'jwt_secret',
      'API_TOKEN',
      'WEBHOOK_SIGNING_KEY',
      'apiKey',
    ]) {
      expect(isSecretKey(key), key).toBe(true);
    }
  });

  it('knows the usual short spellings of a password as a word of the name', () => {
    for (const key of ['DB_PASS', 'MYSQL_PWD', 'ldap.passwd', 'pass', 'DB_CREDENTIALS']) {
      expect(isSecretKey(key), key).toBe(true);
    }
  });

  it('leaves names that only contain those letters alone', () => {
    for (const key of ['BYPASS_CACHE', 'PASSTHROUGH', 'COMPASS_URL', 'DB_HOST', 'TZ']) {
      expect(isSecretKey(key), key).toBe(false);
    }
  });
});
