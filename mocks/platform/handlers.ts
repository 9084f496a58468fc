import { environmentHandlers } from './environment-handlers';
import { executionHandlers } from './execution-handlers';
import { planHandlers } from './plan-handlers';
import { stagingHandlers } from './staging-handlers';

/** Every platform endpoint: infrastructures and releases, plans, executions, stagings. */
export const platformHandlers = [
  ...environmentHandlers,
  ...planHandlers,
  ...executionHandlers,
  ...stagingHandlers,
];
