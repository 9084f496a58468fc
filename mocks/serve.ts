import { readApiConfig } from './http-server/config';
import { startApiServer } from './http-server/server';

/*
 * `npm run api`: the simulator as a real HTTP API on 127.0.0.1. Settings come from the
 * environment (see the README): UPSHIFT_API_PORT, UPSHIFT_DATA, UPSHIFT_SIMULATOR.
 */
try {
  const config = readApiConfig(process.env);
  const server = await startApiServer(config);
  console.log(`Upshift API on ${server.url}`);
  console.log(`  sign in:   ${server.url}/sign-in`);
  console.log(`  data file: ${config.dataFile}`);
  console.log(
    config.simulatorControls
      ? `  simulator controls: ${server.url}/simulator/* (UPSHIFT_SIMULATOR=false leaves them out)`
      : '  simulator controls: off (UPSHIFT_SIMULATOR=false)',
  );
  const stop = () => {
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
