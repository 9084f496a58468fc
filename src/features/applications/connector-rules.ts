import type { Connector } from '@/contract/application-detail';
import { outOfTheBoxConnectors } from './connectors';
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

/**
 * Reads connector variables typed as JSON text. Returns the variables, or the one message that
 * says precisely what is wrong (syntax with line and column, a non-object, a non-string value,
 * a bad key).
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
        error: `"${key}" is not a valid variable name: use letters, digits and _, not starting with a digit.`,
      };
    }
    if (typeof v !== 'string') {
      return {
        error: `The value of ${key} must be a string: write "${JSON.stringify(v)}" in quotes.`,
      };
    }
  }
  return { variables: value as Record<string, string> };
}

export function isImageReference(image: string): boolean {
  return IMAGE.test(image);
}

/** Field errors for the connectors of an upgrade, keyed like the request body. */
export function connectorProblems(
  connectors: readonly Connector[],
  prefix = 'connectors',
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  connectors.forEach((c, i) => {
    const at = (field: string, message: string) =>
      problems.push({ field: `${prefix}.${i}.${field}`, message });
    if (seen.has(c.name)) at('name', `Another connector is already named ${c.name}.`);
    seen.add(c.name);
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
