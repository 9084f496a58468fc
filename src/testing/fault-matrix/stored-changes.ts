import { server } from '@mocks/node';
import { simulator } from '@mocks/simulator';
import { endpoints, type EndpointId } from '@/contract/endpoints';

/**
 * What the simulator stored through one endpoint so far. For an endpoint that starts work: the
 * operations started (a replayed Idempotency-Key starts none). For any other: its answers that
 * did the work, i.e. a success whose body the contract accepts (a malformed answer did nothing).
 * Call `stop` when done.
 */
export function countStoredChanges(endpointId: EndpointId) {
  const endpoint = endpoints[endpointId];
  if (endpoint.startsOperation) {
    return { count: () => Promise.resolve(simulator.db.operations.length), stop: () => undefined };
  }
  const path = new RegExp(`/api/v1${endpoint.path.replace(/\{\w+\}/g, '[^/]+')}$`);
  const answers: Promise<boolean>[] = [];
  const listen = ({ request, response }: { request: Request; response: Response }) => {
    if (request.method !== endpoint.method || !path.test(new URL(request.url).pathname)) return;
    if (!response.ok) return;
    answers.push(
      response
        .clone()
        .json()
        .then((body: unknown) => endpoint.response.safeParse(body).success),
    );
  };
  server.events.on('response:mocked', listen);
  return {
    count: async () => (await Promise.all(answers)).filter(Boolean).length,
    stop: () => server.events.removeListener('response:mocked', listen),
  };
}
