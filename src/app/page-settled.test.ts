import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterQuiet } from './page-settled';

describe('afterQuiet', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('runs the task once the reader has been quiet for the whole wait', () => {
    const target = new EventTarget();
    const task = vi.fn();
    afterQuiet(target, task, 3000, 30_000);
    vi.advanceTimersByTime(2999);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('waits again after each key, input, commit or click, but not after a scroll', () => {
    const target = new EventTarget();
    const task = vi.fn();
    afterQuiet(target, task, 3000, 30_000);
    for (const type of ['keydown', 'input', 'compositionend', 'pointerdown']) {
      vi.advanceTimersByTime(2000);
      target.dispatchEvent(new Event(type));
    }
    vi.advanceTimersByTime(2999);
    expect(task).not.toHaveBeenCalled();
    target.dispatchEvent(new Event('scroll'));
    vi.advanceTimersByTime(1);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('runs at the latest after the cap, and only once, however busy the reader is', () => {
    const target = new EventTarget();
    const task = vi.fn();
    afterQuiet(target, task, 3000, 10_000);
    for (let t = 0; t < 20_000; t += 1000) {
      target.dispatchEvent(new Event('keydown'));
      vi.advanceTimersByTime(1000);
    }
    vi.advanceTimersByTime(10_000);
    expect(task).toHaveBeenCalledTimes(1);
  });
});
