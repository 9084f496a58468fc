import { isWorkerUpdateNoise } from './worker-update-noise';

const failedUpdate = (script: string) =>
  new DOMException(
    `Failed to update a ServiceWorker for scope ('http://localhost:4173/') with script ('${script}'): Not found.`,
    'NotFoundError',
  );

describe("the simulator worker's update check", () => {
  it('swallows only the failed update of its own worker', () => {
    expect(isWorkerUpdateNoise(failedUpdate('http://localhost:4173/mockServiceWorker.js'))).toBe(
      true,
    );
  });

  it.each([
    ['another worker', failedUpdate('http://localhost:4173/sw.js')],
    ['any other error', new Error('Not found')],
    ['a string', 'Failed to update a ServiceWorker … mockServiceWorker.js'],
    ['nothing', undefined],
  ])('keeps %s uncaught', (_, reason) => {
    expect(isWorkerUpdateNoise(reason)).toBe(false);
  });
});
