/** Keys whose values are secret (DESIGN: PASSWORD, SECRET, TOKEN, KEY), in any case. */
const SECRET_KEY = /PASSWORD|SECRET|TOKEN|KEY|CREDENTIAL/i;
/** Short spellings of a password, as a word of the name (DB_PASS, yes; BYPASS_CACHE, no). */
const PASSWORD_WORD = /(^|[^a-z])(pass|passwd|pwd)([^a-z]|$)/i;

export function isSecretKey(key: string): boolean {
  return SECRET_KEY.test(key) || PASSWORD_WORD.test(key);
}

/**
 * What the API answers in place of every value whose key looks secret, to everyone: secrets are
 * write-only, and reading one is a separate, audited call (the reveal endpoints). Sent back in an
 * upgrade for a connector's existing secret, it means "unchanged".
 */
export const SECRET_MASK = '••••••••';

export const SECRET_VALUE_NOTE =
  `Values of secret-looking keys (PASSWORD, SECRET, TOKEN, KEY or CREDENTIAL in the name, or ` +
  `PASS, PASSWD or PWD as a word of it; any case) are ` +
  `answered as the mask "${SECRET_MASK}", to every caller: reading one is a separate, audited ` +
  `call (…/secrets/reveal, permission secrets:read).`;
