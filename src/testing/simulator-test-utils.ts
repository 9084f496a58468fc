import { ApiError } from '@/lib/problem';
import { simulator } from '@mocks/simulator';

/** The ApiError the call was refused with; throws if it succeeded. */
export async function refusal(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

export interface SimulatedClock {
  advance: (ms: number) => void;
}

/** Runs operations on a clock the test moves; restore with `simulator.now = () => Date.now()`. */
export function simulatedClock(): SimulatedClock {
  let now = Date.parse('2026-11-22T10:00:00Z');
  simulator.now = () => now;
  return {
    advance: (ms: number) => {
      now += ms;
    },
  };
}
