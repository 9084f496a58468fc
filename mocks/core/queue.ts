/**
 * One turn at a time, in the order asked: what `npm run api` and the standalone console's service
 * worker run every change of the db through, so two requests never interleave and no update is
 * lost.
 */
export function serialQueue(): <T>(work: () => Promise<T> | T) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(work: () => Promise<T> | T) => {
    const turn = tail.then(work);
    tail = turn.catch(() => undefined);
    return turn;
  };
}
