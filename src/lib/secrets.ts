/** Keys whose values are masked unless revealed on purpose (DESIGN: PASSWORD, SECRET, TOKEN, KEY). */
const SECRET_KEY = /PASSWORD|SECRET|TOKEN|KEY/i;

export function isSecretKey(key: string): boolean {
  return SECRET_KEY.test(key);
}

export const MASK = '••••••••';
