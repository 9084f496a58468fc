import * as z from 'zod/mini';
import { Connector } from './application-detail';

/**
 * How much a connector's variables may hold. The total is the binding limit (100 names of 128
 * and values of 4,096 would be ~420 KB); the others stop one runaway entry early.
 */
export const connectorVariableLimits = {
  /** UTF-8 bytes of the variables as compact JSON (`JSON.stringify`), the form that is sent. */
  maxJsonBytes: 64 * 1024,
  maxVariables: 100,
  maxNameLength: 128,
  maxValueLength: 4096,
} as const;

const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** "64 KiB", "81.3 KiB", "2.0 MiB": the size a person compares with the limit. */
export function byteSize(bytes: number): string {
  if (bytes < 1024) return `${grouped(bytes)} bytes`;
  if (bytes < 1024 * 1024) {
    const kib = bytes / 1024;
    return `${Number.isInteger(kib) ? String(kib) : kib.toFixed(1)} KiB`;
  }
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}

/** A name as a message may quote it: a 2 MB name is cut, so messages stay short. */
export function shortName(name: string): string {
  return name.length > 40 ? `${name.slice(0, 32)}…` : name;
}

/**
 * The first limit the variables break, said with the limit and the actual size, or null. Never
 * quotes a value: it may be a secret.
 */
export function variablesLimitProblem(variables: Record<string, string>): string | null {
  const { maxJsonBytes, maxVariables, maxNameLength, maxValueLength } = connectorVariableLimits;
  const bytes = new TextEncoder().encode(JSON.stringify(variables)).length;
  if (bytes > maxJsonBytes) {
    return `The variables take ${byteSize(bytes)} as JSON; a connector's variables can take at most ${byteSize(maxJsonBytes)}.`;
  }
  const names = Object.keys(variables);
  if (names.length > maxVariables) {
    return `There are ${grouped(names.length)} variables; a connector can have at most ${grouped(maxVariables)}.`;
  }
  const long = names.find((name) => name.length > maxNameLength);
  if (long !== undefined) {
    return `A variable name is ${grouped(long.length)} characters long (${shortName(long)}); the limit is ${grouped(maxNameLength)}.`;
  }
  for (const [name, value] of Object.entries(variables)) {
    if (value.length > maxValueLength) {
      return `The value of ${shortName(name)} is ${grouped(value.length)} characters long; the limit is ${grouped(maxValueLength)}.`;
    }
  }
  return null;
}

/** Connector variables as an upgrade sends them: names to strings, within the limits above. */
export const ConnectorVariables = z
  .record(z.string(), z.string())
  .check((ctx) => {
    // One message at the variables themselves, so it lands on the connector's editor.
    const problem = variablesLimitProblem(ctx.value);
    if (problem) ctx.issues.push({ code: 'custom', message: problem, input: ctx.value });
  })
  .register(z.globalRegistry, {
    description:
      'Environment variables of the connector, names to string values. At most 100 variables; ' +
      'names of at most 128 characters (letters, digits and _, not starting with a digit); ' +
      'values of at most 4,096 characters; at most 64 KiB (65,536 bytes of UTF-8) as compact ' +
      'JSON. Each name appears once.',
    maxProperties: connectorVariableLimits.maxVariables,
    propertyNames: {
      type: 'string',
      maxLength: connectorVariableLimits.maxNameLength,
      pattern: '^[A-Za-z_][A-Za-z0-9_]*$',
    },
    additionalProperties: { type: 'string', maxLength: connectorVariableLimits.maxValueLength },
  });

/** The longest connector name (a DNS label) and image reference (Docker's name limit). */
export const CONNECTOR_NAME_MAX = 63;
export const CONNECTOR_IMAGE_MAX = 255;

/** A connector in an upgrade request: its name, image and variables are held to the limits. */
export const UpgradeConnector = z.extend(Connector, {
  name: z.string().check(
    z.maxLength(CONNECTOR_NAME_MAX, {
      error: `Keep the connector name to ${String(CONNECTOR_NAME_MAX)} characters or fewer.`,
    }),
  ),
  image: z.string().check(
    z.maxLength(CONNECTOR_IMAGE_MAX, {
      error: `Keep the image URL to ${String(CONNECTOR_IMAGE_MAX)} characters or fewer.`,
    }),
  ),
  variables: ConnectorVariables,
});
export type UpgradeConnector = z.infer<typeof UpgradeConnector>;
