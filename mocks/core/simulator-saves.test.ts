import { simulator } from '../simulator';

afterEach(() => simulator.attach({ load: () => null, save: () => undefined }));

describe('when the browser stops taking saves', () => {
  it('says so, and says again when saving works again', () => {
    let full = true;
    const changes: string[] = [];
    simulator.attach({
      load: () => null,
      save: () => {
        if (full) throw new DOMException('quota exceeded', 'QuotaExceededError');
      },
    });
    const stop = simulator.onSaveStateChange(() => changes.push(simulator.saveState));
    simulator.signInAs('u-operator');
    expect(simulator.saveState).toBe('failed');
    simulator.signInAs('u-admin');
    full = false;
    simulator.signInAs('u-viewer');
    expect(simulator.saveState).toBe('saved');
    expect(changes).toEqual(['failed', 'saved']);
    stop();
  });
});

describe('a save that storage refuses after the answer (the service worker writes later)', () => {
  it('counts as failed, until the next save goes through', () => {
    simulator.attach({ load: () => null, save: () => undefined });
    const changes: string[] = [];
    const stop = simulator.onSaveStateChange(() => changes.push(simulator.saveState));
    simulator.saveFailed();
    expect(simulator.saveState).toBe('failed');
    simulator.signInAs('u-operator');
    expect(changes).toEqual(['failed', 'saved']);
    stop();
  });
});
