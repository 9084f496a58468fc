import type { Scenario } from '@mocks/core/scenario';
import type { FieldError } from '@/contract/common';
import { endpoints, type EndpointId } from '@/contract/endpoints';

/** What a fault needs to know about the action it breaks. */
export interface FaultTarget {
  endpointId: EndpointId;
  /** The field a 422 names: one the person filled in, where the form has one. */
  fieldError: FieldError;
}

export interface Fault {
  id: string;
  /** The column's heading. */
  label: string;
  scenario: (target: FaultTarget) => Partial<Scenario>;
  /** What the message where the person acted must say. */
  says: (target: FaultTarget) => string | RegExp;
}

/** The revision a simulated 409 says the resource is at now: far ahead of any seed. */
export const STALE_REVISION = 99;

/**
 * The columns, in the order they are tried: every way a mutating request fails, each set through
 * the simulator's scenario. The 422 goes first: a form marks the refused field until it changes,
 * and the failures after it must still be told, not hidden behind that refusal.
 */
export const faults: readonly Fault[] = [
  {
    id: '422',
    label: '422 fields',
    scenario: ({ endpointId, fieldError }) => ({
      failure: { endpointId, status: 422, errors: [fieldError] },
    }),
    says: ({ fieldError }) => fieldError.message,
  },
  {
    id: '409',
    label: '409 stale',
    // An edit carrying a revision learns the current one, like a real stale edit; other requests
    // get a bare conflict (the state moved on meanwhile).
    scenario: ({ endpointId }) => ({
      failure: {
        endpointId,
        status: 409,
        ...(endpoints[endpointId].revisioned ? { currentRevision: STALE_REVISION } : {}),
      },
    }),
    says: () => /someone else changed/i,
  },
  {
    id: '403',
    label: '403',
    scenario: ({ endpointId }) => ({ failure: { endpointId, status: 403 } }),
    says: () => /don't have (access|permission)|role does not allow/i,
  },
  {
    id: '500',
    label: '500',
    scenario: ({ endpointId }) => ({ failure: { endpointId, status: 500 } }),
    says: () => /server failed/i,
  },
  {
    id: 'timeout',
    label: 'timeout',
    scenario: ({ endpointId }) => ({ timeoutEndpointId: endpointId }),
    says: () => /took too long/i,
  },
  {
    id: 'offline',
    label: 'offline',
    scenario: () => ({ offline: true }),
    says: () => /could not be reached/i,
  },
  {
    id: 'malformed',
    label: 'malformed',
    scenario: ({ endpointId }) => ({ malformedEndpointId: endpointId }),
    says: () => /does not understand/i,
  },
];

/** The last column: with the fault cleared, a double click does the work exactly once. */
export const RECOVERY = { id: 'recovery', label: 'then once' } as const;

const columns = [...faults.map((f) => f.id), RECOVERY.id];
const labels = [...faults.map((f) => f.label), RECOVERY.label];

interface Cell {
  ok: boolean;
  /** Why it failed: which of the checks, in one line each. */
  notes: string[];
  ms: number;
}

/** One table per test file: rows are actions, columns the faults, each cell ✓ or ✗. */
export class FaultMatrix {
  private readonly rows = new Map<string, Map<string, Cell>>();

  constructor(private readonly title: string) {}

  record(action: string, column: string, notes: string[], ms: number) {
    const row = this.rows.get(action) ?? new Map<string, Cell>();
    row.set(column, { ok: notes.length === 0, notes, ms });
    this.rows.set(action, row);
  }

  failures(action: string): string[] {
    const row = this.rows.get(action);
    if (!row) return [];
    return [...row].flatMap(([column, cell]) =>
      cell.ok ? [] : [`${action} × ${labelOf(column)}: ${cell.notes.join('; ')}`],
    );
  }

  /** Markdown, so it reads in a terminal and pastes into a review. */
  render(): string {
    const head = `| Action | ${labels.join(' | ')} | s |`;
    const rule = `|---|${labels.map(() => ':-:').join('|')}|--:|`;
    const body = [...this.rows].map(([action, row]) => {
      const marks = columns.map((c) => {
        const cell = row.get(c);
        return cell ? (cell.ok ? '✓' : '✗') : '·';
      });
      const ms = [...row.values()].reduce((sum, cell) => sum + cell.ms, 0);
      return `| ${action} | ${marks.join(' | ')} | ${(ms / 1000).toFixed(1)} |`;
    });
    const failed = [...this.rows.keys()].flatMap((action) => this.failures(action));
    return [
      `\nFault matrix: ${this.title}`,
      '✓ message where the person acted, input kept, at most one change, no console error; s: seconds the row took',
      head,
      rule,
      ...body,
      ...(failed.length > 0 ? ['', 'Failed cells:', ...failed.map((f) => `- ${f}`)] : []),
      '',
    ].join('\n');
  }
}

function labelOf(column: string): string {
  return labels[columns.indexOf(column)] ?? column;
}
