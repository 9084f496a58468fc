import { parseArgs } from 'node:util';
import { checkContract, reasonOf } from './contract-check';
import { formatReport } from './contract-report';

export const USAGE = `Usage: npm run contract -- --base-url URL [options]

Calls every read endpoint of the API contract on the server at URL (its origin, or the API
base such as http://127.0.0.1:8787/api/v1) and checks each answer against the contract's schemas.

  --as USER_ID          sign in through the simulator's sign-in form first (npm run api)
  --header "Name: v"    send this header with every call (a cookie or token); repeatable
  --allow-writes        also check a harmless write round trip (notification read and back,
                        a readiness check with an Idempotency-Key replay)
  --max-per-endpoint N  calls per endpoint at most (default 3)

Exit status: 0 every endpoint passed or was skipped, 1 one failed, 2 wrong usage.`;

function headersOf(values: string[]): Record<string, string> {
  return Object.fromEntries(
    values.map((value) => {
      const at = value.indexOf(':');
      if (at < 1) throw new Error(`--header "${value}": write it as "Name: value"`);
      return [value.slice(0, at).trim(), value.slice(at + 1).trim()];
    }),
  );
}

/** `npm run contract`: prints the report and returns the exit status. */
export async function runContractCli(argv: string[], print: (line: string) => void) {
  let options;
  try {
    const { values } = parseArgs({
      args: argv,
      options: {
        'base-url': { type: 'string' },
        as: { type: 'string' },
        header: { type: 'string', multiple: true, default: [] },
        'allow-writes': { type: 'boolean', default: false },
        'max-per-endpoint': { type: 'string', default: '3' },
        help: { type: 'boolean', default: false },
      },
    });
    if (values.help) {
      print(USAGE);
      return 0;
    }
    const max = Number(values['max-per-endpoint']);
    if (!values['base-url']) throw new Error('--base-url is required');
    if (!Number.isInteger(max) || max < 1)
      throw new Error('--max-per-endpoint: a whole number, 1 or more');
    options = {
      baseUrl: values['base-url'],
      as: values.as,
      headers: headersOf(values.header),
      allowWrites: values['allow-writes'],
      maxPerEndpoint: max,
    };
    new URL(options.baseUrl);
  } catch (error) {
    print(`contract: ${reasonOf(error)}`);
    print(USAGE);
    return 2;
  }
  try {
    const report = await checkContract(options);
    formatReport(report).forEach((line) => print(line));
    return report.results.some((r) => r.outcome === 'failed') ? 1 : 0;
  } catch (error) {
    print(`contract: ${reasonOf(error)}`);
    return 1;
  }
}
