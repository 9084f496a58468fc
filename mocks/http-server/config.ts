import { resolve } from 'node:path';
import { z } from 'zod';

const Env = z.object({
  UPSHIFT_API_PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  UPSHIFT_DATA: z.string().min(1).default('.upshift-data/db.json'),
  UPSHIFT_SIMULATOR: z.enum(['true', 'false']).default('true'),
});

export interface ApiConfig {
  port: number;
  /** Absolute path of the JSON file the state persists to. */
  dataFile: string;
  /** Serve the `/api/v1/simulator/*` controls (reset, scenario, faults). */
  simulatorControls: boolean;
}

/** `npm run api`'s settings from its environment; throws naming the variable that is wrong. */
export function readApiConfig(env: Record<string, string | undefined>): ApiConfig {
  // An empty variable counts as unset, as in most shells' `VAR= npm run api`.
  const parsed = Env.safeParse(
    Object.fromEntries(Object.entries(env).filter(([, value]) => value !== '')),
  );
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment: ${issues.join('; ')}`);
  }
  const { UPSHIFT_API_PORT, UPSHIFT_DATA, UPSHIFT_SIMULATOR } = parsed.data;
  return {
    port: UPSHIFT_API_PORT,
    dataFile: resolve(UPSHIFT_DATA),
    simulatorControls: UPSHIFT_SIMULATOR === 'true',
  };
}
