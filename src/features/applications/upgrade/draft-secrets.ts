import * as z from 'zod/mini';
import { SECRET_MASK } from '@/contract/secrets';
import { isSecretKey } from '@/lib/secrets';
import { parseVariables } from '../connector-rules';
import { ConnectorDraft, type UpgradeDraft } from './draft-schema';
import { blankSecretValues, fillEmptyValue } from './secret-blanking';

/** A connector as stored: typed secret values emptied, the keys to type again listed. */
export const StoredConnector = z.extend(ConnectorDraft, {
  /**
   * Drafts stored before the API masked secrets emptied the deployed values too and read them
   * back from the application: the mask stands for them now.
   */
  deployedSecrets: z.optional(z.array(z.string())),
});
export type StoredConnector = z.infer<typeof StoredConnector>;

/**
 * Secret keys written in a text that does not parse: the closed strings followed by a colon,
 * except those holding the mask (a deployed value, kept as it is).
 */
const KEY_NOT_MASKED = String.raw`"((?:[^"\\\n\r]|\\.)*)"\s*:(?!\s*"${SECRET_MASK}")`;
const secretKeysIn = (text: string) =>
  [...text.matchAll(new RegExp(KEY_NOT_MASKED, 'g'))]
    .map((m) => m[1] ?? '')
    .filter((key) => isSecretKey(key));

/**
 * What may be written to storage: no secret value the person typed. A deployed secret arrives
 * from the API as the mask, which the server keeps when it is sent back: it is stored as it is.
 */
export function storedConnector(c: ConnectorDraft): StoredConnector {
  const variablesText = blankSecretValues(c.variablesText);
  if (variablesText === c.variablesText && !c.retype?.length) return c;
  const parsed = parseVariables(c.variablesText);
  if (!('variables' in parsed)) {
    // Not readable as variables: every secret key written in it is asked for again.
    const retype = new Set([...(c.retype ?? []), ...secretKeysIn(variablesText)]);
    return { ...c, variablesText, retype: [...retype] };
  }
  const lost = Object.entries(parsed.variables).filter(
    ([key, value]) =>
      isSecretKey(key) && value !== SECRET_MASK && (value !== '' || c.retype?.includes(key)),
  );
  return { ...c, variablesText, retype: lost.map(([key]) => key) };
}

/** Back from storage: the typed secret values it could not keep are to be typed again. */
export function restoredConnector(stored: StoredConnector): ConnectorDraft {
  const { deployedSecrets = [], ...c } = stored;
  let variablesText = c.variablesText;
  for (const key of deployedSecrets)
    variablesText = fillEmptyValue(variablesText, key, SECRET_MASK);
  return { ...c, variablesText, ...(c.retype?.length ? { retype: c.retype } : {}) };
}

/** Secret keys of a connector still waiting to be typed again after a reload. */
export function missingSecrets(c: ConnectorDraft): string[] {
  if (!c.retype?.length) return [];
  const parsed = parseVariables(c.variablesText);
  if (!('variables' in parsed)) return c.retype;
  const { variables } = parsed;
  return c.retype.filter((key) => variables[key] === '');
}

const list = (keys: readonly string[]) =>
  keys.length === 1 ? keys.join('') : `${keys.slice(0, -1).join(', ')} and ${keys.at(-1) ?? ''}`;

/** At the variables of each connector that lost secret values in a reload, keyed like the body. */
export function retypeErrors(draft: UpgradeDraft): Record<string, string> {
  const errors: Record<string, string> = {};
  draft.connectors.forEach((c, i) => {
    const keys = missingSecrets(c);
    if (keys.length === 0) return;
    errors[`connectors.${String(i)}.variables`] =
      `Type the value${keys.length > 1 ? 's' : ''} of ${list(keys)} again: secret values are not kept when the page reloads.`;
  });
  return errors;
}

/** "SMTP_PASSWORD of email-connector; API_KEY of erp-connector", or '' when nothing is missing. */
export function missingSecretsSummary(draft: UpgradeDraft): string {
  return draft.connectors
    .map((c) => ({ name: c.name, keys: missingSecrets(c) }))
    .filter((c) => c.keys.length > 0)
    .map((c) => `${list(c.keys)} of ${c.name}`)
    .join('; ');
}
