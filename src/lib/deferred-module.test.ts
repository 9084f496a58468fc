import { deferredModule } from './deferred-module';

describe('deferredModule', () => {
  it('imports once, tells its subscribers, and tries again after a failed import', async () => {
    const importer = vi
      .fn<() => Promise<{ value: number }>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValue({ value: 1 });
    const module = deferredModule(importer);
    const onLoad = vi.fn();
    module.subscribe(onLoad);

    await expect(module.load()).rejects.toThrow('offline');
    expect(module.peek()).toBeUndefined();

    module.preload();
    await expect(module.load()).resolves.toEqual({ value: 1 });
    expect(module.peek()).toEqual({ value: 1 });
    expect(onLoad).toHaveBeenCalledTimes(1);
    expect(importer).toHaveBeenCalledTimes(2);
  });
});
