import { act, within } from '@testing-library/react';
import type { RouteObject } from 'react-router';
import { simulator } from '@mocks/simulator';
import { faults, FaultMatrix, RECOVERY, type Fault, type FaultTarget } from './matrix';
import { renderConsole, type ConsoleUi } from '../render-console';
import { countStoredChanges } from './stored-changes';

/** The simulator answers at once; a timeout takes the client's own 2 s (VITE_API_TIMEOUT_MS). */
const messageWait = (fault: Fault) => ({ timeout: fault.id === 'timeout' ? 6000 : 4000 });

/** The screen just before sending, with everything a person would have typed and chosen. */
export interface Stage {
  /** The dialog, step or panel holding the button: where the message must appear. */
  place: () => HTMLElement;
  /** What the person does to send, ending with a double click on the button. */
  send: () => Promise<void>;
  /** Throws unless everything typed and chosen is still there. */
  kept: () => void;
  /** The field the 422 names, when the form has it: the message must be at that field. */
  field?: () => HTMLElement;
  /** False when it cannot send again as it is (closed, button gone): prepared afresh. */
  ready?: () => boolean;
  /** Waits until the screen has done reacting to the answer, e.g. a confirmation has closed. */
  settled?: () => Promise<void>;
}

export interface MatrixAction extends FaultTarget {
  /** The row's name. */
  name: string;
  /** Where the console starts. */
  url: string;
  /** Opens the screen (again, after a failure closed it) and types and chooses. */
  prepare: (ui: ConsoleUi) => Promise<Stage>;
  /** Waits for what shows once it worked. */
  done: (ui: ConsoleUi, stage: Stage) => Promise<void>;
}

// eslint-disable-next-line no-control-regex -- terminal colours in matcher messages
const ANSI = /\u001b\[[0-9;]*m/g;

/** A failure in one line: colours and DOM dumps left out. */
const oneLine = (error: unknown) => {
  const text = (error instanceof Error ? error.message : String(error)).replace(ANSI, '');
  const head = text.split(/\n\n(?:Ignored nodes|Here are the accessible roles)/)[0] ?? text;
  const line = head.replace(/\s+/g, ' ').trim();
  return line.length > 240 ? `${line.slice(0, 240)}…` : line;
};

/** Runs `check`, turning a failure into a note, so one failed check hides none of the others. */
async function check(notes: string[], label: string, run: () => unknown) {
  try {
    await run();
  } catch (error) {
    notes.push(`${label}: ${oneLine(error)}`);
  }
}

/** A message that is there at all is there at once: a little grace for where it belongs. */
const IN_PLACE_WAIT = { timeout: 500 };

/**
 * Retries `assertion` until it holds, letting React finish its work between tries (act). A route
 * change renders in a transition; in jsdom a big page's transition can be restarted by every small
 * update for seconds (until React expires it), where a browser renders it at once.
 */
export async function eventually(assertion: () => void, { timeout }: { timeout: number }) {
  const end = performance.now() + timeout;
  for (;;) {
    try {
      assertion();
      return;
    } catch (error) {
      if (performance.now() > end) throw error;
    }
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
  }
}

async function messageInPlace(stage: Stage, fault: Fault, action: MatrixAction) {
  const says = fault.says(action);
  // First anywhere (a toast too), so a message shown in the wrong place fails fast.
  await eventually(() => expect(document.body).toHaveTextContent(says), messageWait(fault));
  await stage.settled?.();
  const field = fault.id === '422' ? stage.field : undefined;
  if (field) {
    await eventually(() => {
      expect(field()).toHaveAccessibleDescription(
        typeof says === 'string' ? expect.stringContaining(says) : says,
      );
      expect(field()).toHaveAttribute('aria-invalid', 'true');
    }, IN_PLACE_WAIT);
    return;
  }
  await eventually(() => {
    const alerts = within(stage.place()).getAllByRole('alert');
    expect(alerts.map((a) => a.textContent).join(' | ')).toMatch(says);
  }, IN_PLACE_WAIT);
}

/**
 * One describe per action, ONE render per action: each fault is set, the action sent with a
 * double click, the four checks made and the fault cleared; then, with no fault, the double click
 * must do the work exactly once. Each cell goes into `matrix`; the test fails if any cell did.
 */
export function faultMatrixSuite(
  routes: RouteObject[],
  title: string,
  actions: readonly MatrixAction[],
) {
  const matrix = new FaultMatrix(title);
  afterAll(() => console.log(matrix.render()));

  for (const action of actions) {
    describe(action.name, () => {
      it('says each failure where it was sent, keeps the input, does it once, never crashes', async () => {
        const consoleErrors: string[] = [];
        const spy = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
          consoleErrors.push(args.map((a) => oneLine(a)).join(' '));
        });
        const stored = countStoredChanges(action.endpointId);
        try {
          const ui = renderConsole(routes, action.url);
          let stage = await action.prepare(ui);
          // Errors logged while the screen loaded count against the first cell.
          let seen = 0;

          const cell = async (column: string, body: (notes: string[]) => Promise<void>) => {
            const notes: string[] = [];
            const started = performance.now();
            try {
              if (stage.ready && !stage.ready()) stage = await action.prepare(ui);
              await body(notes);
            } catch (error) {
              notes.push(oneLine(error));
            } finally {
              simulator.clearScenario();
            }
            const logged = consoleErrors.slice(seen);
            seen = consoleErrors.length;
            if (logged.length > 0) notes.push(`(d) console.error: ${logged[0] ?? ''}`);
            matrix.record(action.name, column, notes, performance.now() - started);
          };

          for (const fault of faults) {
            await cell(fault.id, async (notes) => {
              const before = await stored.count();
              simulator.setScenario(fault.scenario(action));
              await stage.send();
              await check(notes, '(a) message in place', () =>
                messageInPlace(stage, fault, action),
              );
              await check(notes, '(b) input kept', () => stage.kept());
              await check(notes, '(c) nothing stored', async () =>
                expect((await stored.count()) - before).toBe(0),
              );
            });
          }
          await cell(RECOVERY.id, async (notes) => {
            const before = await stored.count();
            await stage.send();
            await check(notes, 'done', () => action.done(ui, stage));
            await check(notes, '(c) stored once', async () =>
              expect((await stored.count()) - before).toBe(1),
            );
          });
        } finally {
          stored.stop();
          spy.mockRestore();
        }
        const failed = matrix.failures(action.name);
        expect(failed, failed.join('\n')).toEqual([]);
      }, 90_000);
    });
  }
}
