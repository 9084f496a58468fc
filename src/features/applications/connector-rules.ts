import type { Connector } from '@/contract/application-detail';
import { shortName, variablesLimitProblem } from '@/contract/connector-variables';
import { outOfTheBoxConnectors } from './connectors';
import { repeatedKeys } from './json-scan';
import { withoutQuotedSource } from './upgrade/secret-ranges';

export interface FieldProblem {
  field: string;
  message: string;
}

/** POSIX-style environment variable names: a letter or underscore, then letters, digits, underscores. */
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const IMAGE =
  /^[a-z0-9]+(?:[._-][a-z0-9]+)*(?::\d+)?(?:\/[a-z0-9]+(?:[._-][a-z0-9]+)*)+(?::[\w][\w.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$/;
const CONNECTOR_NAME = /^[a-z][a-z0-9-]{1,62}$/;

/** Said of a key written twice, by the editor's lint and by the step alike. */
export const repeatedKeyMessage = (name: string) =>
  `${shortName(name)} appears twice: keep only one, or the last one silently wins.`;

/**
 * Reads connector variables typed as JSON text. Returns the variables, or the one message that
 * says precisely what is wrong (syntax with line and column, a key written twice, a non-object,
 * a non-string value, a bad key, a limit). Messages never quote a value: it may be a secret.
 */
export function parseVariables(
  text: string,
): { variables: Record<string, string> } | { error: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return {
      error: `Not valid JSON: ${withoutQuotedSource(e instanceof Error ? e.message : String(e))}`,
    };
  }
  // JSON.parse keeps the last of two equal keys without a word: the text is the only witness.
  const [repeated] = repeatedKeys(text);
  if (repeated) return { error: repeatedKeyMessage(repeated.name) };
  return checkVariables(value);
}

export function checkVariables(
  value: unknown,
): { variables: Record<string, string> } | { error: string } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { error: 'Variables must be a JSON object, e.g. {"EMAIL_HOST":"https://mysmtp.com"}.' };
  }
  for (const [key, v] of Object.entries(value)) {
    if (!ENV_NAME.test(key)) {
      return {
        error: `"${shortName(key)}" is not a valid variable name: use letters, digits and _, not starting with a digit.`,
      };
    }
    if (typeof v !== 'string') {
      return {
        error: `The value of ${shortName(key)} must be a string: put it in "double quotes".`,
      };
    }
  }
  const variables = value as Record<string, string>;
  const limit = variablesLimitProblem(variables);
  return limit ? { error: limit } : { variables };
}

export function isImageReference(image: string): boolean {
  return IMAGE.test(image);
}

/**
 * Whether connector `i` must give up its name to another. Out-of-the-box names are set
 * automatically, so a custom connector that takes one is the one to rename, wherever it sits;
 * otherwise the later of two equal names is.
 */
function nameClash(connectors: readonly Connector[], i: number): string | null {
  const c = connectors[i];
  if (!c) return null;
  const others = connectors.filter((o, j) => j !== i && o.name === c.name);
  const ootb = others.find((o) => o.kind === 'out-of-the-box');
  if (c.kind === 'custom' && ootb) {
    const label = ootb.type ? outOfTheBoxConnectors[ootb.type]?.label : undefined;
    return `${shortName(c.name)} is the name of the ${label ?? 'out-of-the-box'} connector: give this one another name.`;
  }
  const earlier = connectors.slice(0, i).some((o) => o.name === c.name);
  const yields = c.kind === 'custom' || !others.some((o) => o.kind === 'custom');
  return earlier && yields ? `Another connector is already named ${shortName(c.name)}.` : null;
}

/** Field errors for the connectors of an upgrade, keyed like the request body. */
export function connectorProblems(
  connectors: readonly Connector[],
  prefix = 'connectors',
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  connectors.forEach((c, i) => {
    const at = (field: string, message: string) =>
      problems.push({ field: `${prefix}.${i}.${field}`, message });
    const clash = nameClash(connectors, i);
    if (clash) at('name', clash);
    const vars = checkVariables(c.variables);
    if ('error' in vars) at('variables', vars.error);
    if (c.kind === 'out-of-the-box') {
      const ootb = c.type ? outOfTheBoxConnectors[c.type] : undefined;
      if (!ootb) return at('type', `Unknown out-of-the-box connector type "${c.type ?? ''}".`);
      if (c.name !== ootb.name)
        at('name', `The name of the ${ootb.label} connector is set automatically: ${ootb.name}.`);
      if (c.image !== ootb.image)
        at(
          'image',
          `The image of the ${ootb.label} connector is set automatically: ${ootb.image}.`,
        );
      const missing = ootb.requiredVariables.filter(
        (k) => !(k in c.variables) || c.variables[k] === '',
      );
      if (missing.length > 0)
        at('variables', `The ${ootb.label} connector needs ${missing.join(' and ')}.`);
      return;
    }
    if (!CONNECTOR_NAME.test(c.name))
      at('name', 'Use 2–63 lowercase letters, digits and hyphens, starting with a letter.');
    if (!isImageReference(c.image))
      at('image', 'Give an image URL such as registry.example.com/team/connector:1.2.0.');
  });
  return problems;
}
