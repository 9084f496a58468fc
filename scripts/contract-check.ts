import type { Endpoint, HttpMethod } from '../src/contract/endpoint';
import { endpoints, type EndpointId } from '../src/contract/endpoints';
import { ContractClient, type CallArgs } from './contract-client';
import { Answers, needsArguments, readRules, type ReadRule } from './contract-reads';
import { verify } from './contract-verify';
import { checkWrites, type WriteResult } from './contract-writes';

export interface ContractOptions {
  baseUrl: string;
  /** Sign in through the simulator's sign-in form as this person first. */
  as?: string;
  /** Sent with every call: a session cookie or a token for a real server. */
  headers?: Record<string, string>;
  allowWrites?: boolean;
  /** Calls per endpoint at most (one per id found), to stay quick on a large server. */
  maxPerEndpoint?: number;
}

export type Outcome = 'passed' | 'failed' | 'skipped';

export interface EndpointResult {
  id: string;
  method: HttpMethod;
  path: string;
  outcome: Outcome;
  calls: number;
  /** Why it failed, or why it was skipped. */
  detail?: string;
}

export interface ContractReport {
  base: string;
  signedInAs?: string;
  results: EndpointResult[];
}

const ruleOf = (endpoint: Endpoint): ReadRule | undefined => readRules[endpoint.id as EndpointId];

const result = (endpoint: Endpoint, outcome: Outcome, calls: number, detail?: string) => ({
  id: endpoint.id,
  method: endpoint.method,
  path: endpoint.path,
  outcome,
  calls,
  detail,
});

async function checkRead(
  client: ContractClient,
  answers: Answers,
  endpoint: Endpoint,
  max: number,
) {
  const rule = ruleOf(endpoint);
  if (!rule && needsArguments(endpoint)) {
    const missing =
      'no rule says where its path or query values come from (scripts/contract-reads.ts)';
    return result(endpoint, 'failed', 0, missing);
  }
  const argsList: CallArgs[] = rule ? rule.args(answers).slice(0, max) : [{}];
  if (argsList.length === 0)
    return result(endpoint, 'skipped', 0, `nothing to read: needs ${rule?.needs ?? ''}`);
  const refusals: string[] = [];
  for (const [i, args] of argsList.entries()) {
    let verdict;
    try {
      verdict = verify(endpoint, await client.call(endpoint, args));
    } catch (error) {
      return result(endpoint, 'failed', i + 1, `no answer: ${reasonOf(error)}`);
    }
    if (verdict.kind === 'failed') return result(endpoint, 'failed', i + 1, verdict.reason);
    if (verdict.kind === 'refused') refusals.push(verdict.reason);
    else answers.add(endpoint, verdict.value);
  }
  if (refusals.length === argsList.length) {
    return result(
      endpoint,
      'skipped',
      argsList.length,
      `every call was refused: ${refusals.join('; ')}`,
    );
  }
  return result(endpoint, 'passed', argsList.length);
}

function writeResult(write: WriteResult): EndpointResult {
  const outcome = write.failure ? 'failed' : write.skipped ? 'skipped' : 'passed';
  return result(write.endpoint, outcome, write.calls, write.failure ?? write.skipped);
}

export function reasonOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return error.message + cause;
}

/**
 * Calls every read of the contract on a server (and, when allowed, the harmless write round
 * trip) and says, endpoint by endpoint, whether the answers parse with the contract's schemas.
 */
export async function checkContract(options: ContractOptions): Promise<ContractReport> {
  const client = new ContractClient(options.baseUrl, options.headers);
  if (options.as) await client.signInAs(options.as);
  const max = options.maxPerEndpoint ?? 3;
  const answers = new Answers();
  const reads = Object.values(endpoints).filter((x) => x.method === 'GET') as Endpoint[];
  // Reads that need nothing first (the lists), then the rules in their order.
  const order = Object.keys(readRules);
  const rank = (x: Endpoint) => (ruleOf(x) ? order.indexOf(x.id) : -1);
  const sorted = [...reads].sort((a, b) => rank(a) - rank(b));

  const results: EndpointResult[] = [];
  for (const x of sorted.filter((r) => !ruleOf(r)?.late)) {
    results.push(await checkRead(client, answers, x, max));
  }
  if (options.allowWrites) {
    results.push(...(await checkWrites(client, answers)).map(writeResult));
  }
  for (const x of sorted.filter((r) => ruleOf(r)?.late)) {
    results.push(await checkRead(client, answers, x, max));
  }
  return { base: client.base, signedInAs: options.as, results };
}
