import { diffLines } from 'diff';
import { parseDocument } from 'yaml';

/** A release's new configuration option, as the upgrade plan lists it. */
export interface NewConfigOption {
  /** Dotted path of the setting, e.g. "monitor.enabled". */
  key: string;
  description: string;
  /** YAML to paste into global.yaml. */
  example: string;
  /** The release that brought it. */
  version: string;
}

/** The option's example added at the end of the text, as a user would paste it. */
export function insertOption(yaml: string, example: string): string {
  const body = yaml.length === 0 || yaml.endsWith('\n') ? yaml : `${yaml}\n`;
  return `${body}${example.replace(/\n*$/, '')}\n`;
}

/** Whether the text already sets the option's key (false when it cannot be read). */
export function isOptionSet(yaml: string, key: string): boolean {
  try {
    const doc = parseDocument(yaml);
    return doc.errors.length === 0 && doc.hasIn(key.split('.'));
  } catch {
    return false;
  }
}

/** The line numbers (from 1) found only in theirs and only in mine. */
export function differingLines(theirs: string, mine: string): { theirs: number[]; mine: number[] } {
  const result = { theirs: [] as number[], mine: [] as number[] };
  let theirLine = 0;
  let myLine = 0;
  for (const change of diffLines(theirs, mine)) {
    for (let i = 0; i < change.count; i += 1) {
      if (!change.added) theirLine += 1;
      if (!change.removed) myLine += 1;
      if (change.removed) result.theirs.push(theirLine);
      if (change.added) result.mine.push(myLine);
    }
  }
  return result;
}
