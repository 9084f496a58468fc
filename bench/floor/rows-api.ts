import type { IncomingMessage, ServerResponse } from 'node:http';

export interface FloorRow {
  name: string;
  project: string;
  version: string;
  status: 'running' | 'upgrading' | 'failed' | 'stopped';
  updated: string;
}

const PATH = '/floor-api/rows';
const MAX_COUNT = 100_000;
const STATUSES: readonly FloorRow['status'][] = ['running', 'upgrading', 'failed', 'stopped'];
/** A fixed instant, so two runs (and the console's numbers beside them) see the same rows. */
const EPOCH = Date.UTC(2026, 0, 1);
const HOUR = 3_600_000;

/** Row `index` (0-based) of the floor's dataset: the same every time. */
export function floorRow(index: number): FloorRow {
  const n = index + 1;
  return {
    name: `app-${String(n).padStart(5, '0')}`,
    project: `project-${String((index % 37) + 1).padStart(2, '0')}`,
    version: `${String((index % 4) + 1)}.${String(index % 10)}.${String(index % 3)}`,
    status: STATUSES[index % STATUSES.length] ?? 'running',
    updated: new Date(EPOCH - index * 7 * HOUR).toISOString(),
  };
}

function send(res: ServerResponse, status: number, body: unknown) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json',
    'Content-Length': String(Buffer.byteLength(text)),
    'Cache-Control': 'no-store',
  });
  res.end(text);
}

/**
 * The floor's one endpoint, `GET /floor-api/rows?count=N` → `{ items: [N rows] }` (count 50
 * when absent). True when it answered, false for any other path.
 */
export function floorRowsApi(req: IncomingMessage, res: ServerResponse): boolean {
  const url = new URL(req.url ?? '/', 'http://floor.invalid');
  if (url.pathname !== PATH) return false;
  if (req.method !== 'GET') {
    send(res, 405, { title: 'Method not allowed' });
    return true;
  }
  const raw = url.searchParams.get('count') ?? '50';
  const count = /^\d{1,6}$/.test(raw) ? Number(raw) : -1;
  if (count < 0 || count > MAX_COUNT) {
    send(res, 400, { title: `count must be a whole number up to ${String(MAX_COUNT)}` });
    return true;
  }
  send(res, 200, { items: Array.from({ length: count }, (_, index) => floorRow(index)) });
  return true;
}
