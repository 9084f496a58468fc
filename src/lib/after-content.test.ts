import { waitFor } from '@testing-library/react';
import type * as AfterContent from './after-content';
import { afterNextPaint } from './after-content';

/** A fresh copy: whether the content has painted is the module's own state. */
async function fresh(): Promise<typeof AfterContent> {
  vi.resetModules();
  return import('./after-content');
}

describe('afterContentPainted', () => {
  it('holds tasks until the content has painted, then runs each once, placeholders first', async () => {
    const { afterContentPainted, markContentPainted } = await fresh();
    const ran: string[] = [];
    const menu = () => ran.push('menu');
    const tooltip = () => ran.push('tooltip');
    const filters = () => ran.push('filters');
    afterContentPainted(menu);
    afterContentPainted(tooltip);
    afterContentPainted(tooltip);
    afterContentPainted(filters, { first: true });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(ran).toEqual([]);

    markContentPainted();
    await waitFor(() => expect(ran).toEqual(['filters', 'menu', 'tooltip']));

    // Once painted, a task runs when the browser is next idle.
    afterContentPainted(menu);
    await waitFor(() => expect(ran).toEqual(['filters', 'menu', 'tooltip', 'menu']));
  });
});

describe('afterNextPaint', () => {
  afterEach(() => vi.restoreAllMocks());

  it('runs the task after the next frame, once', async () => {
    const frames: FrameRequestCallback[] = [];
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => {
      frames.push(callback);
      return frames.length;
    });
    const task = vi.fn();
    afterNextPaint(task);
    await new Promise((done) => setTimeout(done, 0));
    expect(task).not.toHaveBeenCalled();

    frames[0]?.(0);
    expect(task).not.toHaveBeenCalled(); // not inside the frame: after its paint
    await new Promise((done) => setTimeout(done, 0));
    expect(task).toHaveBeenCalledTimes(1);
    document.dispatchEvent(new Event('visibilitychange'));
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('does not wait for a frame a hidden page will not paint', () => {
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    const frame = vi.spyOn(window, 'requestAnimationFrame');
    const task = vi.fn();
    afterNextPaint(task);
    expect(task).toHaveBeenCalledTimes(1);
    expect(frame).not.toHaveBeenCalled();
  });

  it('runs the task when the page is hidden before its frame', () => {
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation(() => 1);
    const task = vi.fn();
    afterNextPaint(task);
    document.dispatchEvent(new Event('visibilitychange'));
    expect(task).toHaveBeenCalledTimes(1);
  });
});
