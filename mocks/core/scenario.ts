import type { FieldError } from '@/contract/common';

/** One endpoint answers with an error status instead of doing its work. */
export interface ScenarioFailure {
  endpointId: string;
  status: number;
  /** With a 422: the fields it names, as a real refusal does (`errors: [{ field, message }]`). */
  errors?: FieldError[];
  /** With a 409: the revision the resource is at now, as the refusal of a stale edit says. */
  currentRevision?: number;
}

export interface Scenario {
  /** Added to every answer, in milliseconds. */
  latencyMs: number;
  failure: ScenarioFailure | null;
  /** This endpoint never answers, so the console's own timeout fires. */
  timeoutEndpointId: string | null;
  /** This endpoint answers 200 with a body that breaks the contract. */
  malformedEndpointId: string | null;
  offline: boolean;
  /** Simulated milliseconds per real millisecond for running operations. */
  operationSpeed: number;
  /** Operations of this kind fail at their last step (absent in state saved before it existed). */
  failingOperationKind?: string | null;
}

export const defaultScenario: Scenario = {
  latencyMs: 0,
  failure: null,
  timeoutEndpointId: null,
  malformedEndpointId: null,
  offline: false,
  operationSpeed: 1,
  failingOperationKind: null,
};
