const DATABASE = 'upshift-simulator';
const STORE = 'state';
const KEY = 'db';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function openDatabase(): Promise<IDBDatabase> {
  const opening = indexedDB.open(DATABASE, 1);
  opening.onupgradeneeded = () => opening.result.createObjectStore(STORE);
  return request(opening);
}

export interface TextStore {
  /** What was saved last, read when the worker started; null when nothing was. */
  text: string | null;
  /** Queues `text` to be written; only the newest of several waiting texts is written. */
  save(text: string): void;
  /** Settles once every queued text is written (or failed): what a worker waits for to stop. */
  written(): Promise<void>;
}

/**
 * The simulator's saved state in the browser's IndexedDB: a service worker has no localStorage.
 * Writes are asynchronous, so a failed one is reported through `onFailure`, after the answer.
 */
export async function openTextStore(onFailure: (error: unknown) => void): Promise<TextStore> {
  const database = await openDatabase();
  const text = await request<unknown>(
    database.transaction(STORE, 'readonly').objectStore(STORE).get(KEY),
  );
  let waiting: string | null = null;
  let writing: Promise<void> | null = null;

  const write = (next: string) =>
    new Promise<void>((resolve, reject) => {
      const transaction = database.transaction(STORE, 'readwrite');
      transaction.objectStore(STORE).put(next, KEY);
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB write failed'));
      transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB write aborted'));
    });

  const drain = async () => {
    while (waiting !== null) {
      const next = waiting;
      waiting = null;
      try {
        await write(next);
      } catch (error) {
        onFailure(error);
      }
    }
    writing = null;
  };

  return {
    text: typeof text === 'string' ? text : null,
    save(next) {
      waiting = next;
      writing ??= drain();
    },
    written: () => writing ?? Promise.resolve(),
  };
}
