import { readPreviewConfig } from './preview-prod-config';
import { startPreviewServer } from './preview-prod-server';

/*
 * `npm run preview:prod`: the production build with a deployment's headers, `/api` proxied to
 * `npm run api` (see the README's "Headers for deployers").
 */
try {
  const config = readPreviewConfig(process.env);
  const server = await startPreviewServer(config);
  console.log(`Upshift (${config.dist}/) on ${server.url}`);
  console.log(`  /api → http://127.0.0.1:${String(config.apiPort)} (npm run api)`);
  const stop = () => {
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
