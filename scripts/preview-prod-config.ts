import { z } from 'zod';
import type { PreviewOptions } from './preview-prod-server';

const Port = z.coerce.number().int().min(0).max(65535);
const Env = z.object({
  UPSHIFT_PREVIEW_PORT: Port.default(4174),
  UPSHIFT_API_PORT: Port.default(8787),
  UPSHIFT_DIST: z.string().min(1).default('dist'),
  UPSHIFT_SOURCEMAP: z.enum(['true', 'false']).default('false'),
});

/** `npm run preview:prod`'s settings; throws naming the variable that is wrong. */
export function readPreviewConfig(env: Record<string, string | undefined>): PreviewOptions {
  // An empty variable counts as unset, as `npm run api` reads its own.
  const parsed = Env.safeParse(
    Object.fromEntries(Object.entries(env).filter(([, value]) => value !== '')),
  );
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment: ${issues.join('; ')}`);
  }
  const { UPSHIFT_PREVIEW_PORT, UPSHIFT_API_PORT, UPSHIFT_DIST, UPSHIFT_SOURCEMAP } = parsed.data;
  return {
    port: UPSHIFT_PREVIEW_PORT,
    apiPort: UPSHIFT_API_PORT,
    dist: UPSHIFT_DIST,
    sourceMaps: UPSHIFT_SOURCEMAP === 'true',
  };
}
