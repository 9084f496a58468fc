import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type YAMLError } from 'yaml';
import { CONFIGURATION_MAX } from '@/contract/server-upgrades';
import { yamlErrorWording } from './yaml-lint-wording';

/**
 * The check of global.yaml shared by the editor (inline lint) and the simulator (its 422): the
 * `yaml` package's parse errors in plain words, at 1-based lines and columns, never quoting the
 * text (a long value, or a secret pasted by mistake).
 */
export interface YamlIssue {
  line: number;
  column: number;
  /** Plain words, without the position: "a tab is not allowed for indentation…". */
  message: string;
  /** Where it is in the text, as offsets. */
  from: number;
  to: number;
}

/** No global.yaml nests this deep; past it the parser spends seconds, so it is refused first. */
export const MAX_NESTING = 64;
/** More than this many problems are one problem repeated. */
const MAX_ISSUES = 20;

function issueAt(text: string, lines: LineCounter, from: number, to: number, message: string) {
  const at = Math.min(Math.max(0, from), text.length);
  const { line, col } = lines.linePos(at);
  return { line, column: col, message, from: at, to: Math.min(Math.max(at, to), text.length) };
}

/** Where brackets are first open more than MAX_NESTING deep (quotes and comments not told apart). */
function tooDeep(text: string): number | null {
  let depth = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (c === '[' || c === '{') depth += 1;
    else if ((c === ']' || c === '}') && depth > 0) depth -= 1;
    if (depth > MAX_NESTING) return i;
  }
  return null;
}

/** Line starts as the editor counts them: after \n, \r\n or a lone \r. */
function linesOf(text: string): LineCounter {
  const lines = new LineCounter();
  lines.addNewLine(0);
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) lines.addNewLine(i + 1);
  }
  return lines;
}

function topLevelProblem(contents: unknown): string | null {
  const shape = 'global.yaml holds settings as "key: value" lines';
  if (contents === null) return `the file is empty: ${shape}`;
  if (isMap(contents)) return null;
  if (isSeq(contents)) return `the top level is a list: ${shape}`;
  if (isScalar(contents)) return `the top level is a single value: ${shape}`;
  return `the top level is not a mapping: ${shape}`;
}

export function lintYaml(text: string): YamlIssue[] {
  const lines = linesOf(text);
  if (text.length > CONFIGURATION_MAX) {
    const limit = `global.yaml must stay under ${String(CONFIGURATION_MAX / 1024)} KiB`;
    return [
      issueAt(text, lines, CONFIGURATION_MAX, text.length, `${limit}; it is longer from here`),
    ];
  }
  const deep = tooDeep(text);
  if (deep !== null) {
    const message = `brackets are nested more than ${String(MAX_NESTING)} levels deep here`;
    return [issueAt(text, lines, deep, deep + 1, message)];
  }
  try {
    const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
    const at = (e: YAMLError) => issueAt(text, lines, e.pos[0], e.pos[1], yamlErrorWording(e));
    const issues = doc.errors.slice(0, MAX_ISSUES).map(at);
    if (issues.length > 0) return issues.sort((a, b) => a.from - b.from);
    visit(doc, {
      Alias: (_key, alias) => {
        if (alias.resolve(doc) !== undefined || !alias.range) return;
        const message = 'this alias (*) names no anchor (&) set above it';
        issues.push(issueAt(text, lines, alias.range[0], alias.range[1], message));
      },
    });
    const top = topLevelProblem(doc.contents);
    if (top) issues.push(issueAt(text, lines, 0, 0, top));
    return issues.slice(0, MAX_ISSUES);
  } catch {
    // The parser reports what it can as errors; anything it throws still gets an answer.
    return [issueAt(text, lines, 0, 0, 'this text could not be read as YAML')];
  }
}

/** "Line 4, column 3: a tab is not allowed for indentation…": the 422's message for `yaml`. */
export function yamlProblemMessage(issue: Pick<YamlIssue, 'line' | 'column' | 'message'>): string {
  return `Line ${String(issue.line)}, column ${String(issue.column)}: ${issue.message}`;
}

/** The first problem of the text, worded for a field error; null when it is valid. */
export function yamlProblem(text: string): string | null {
  const [first] = lintYaml(text);
  return first ? yamlProblemMessage(first) : null;
}

/** Reads the position back out of a message made by `yamlProblemMessage` (e.g. a 422's). */
export function yamlProblemPosition(message: string): { line: number; column: number } | null {
  const match = /^Line (\d+), column (\d+): /.exec(message);
  return match ? { line: Number(match[1]), column: Number(match[2]) } : null;
}
