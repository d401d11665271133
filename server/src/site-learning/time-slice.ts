import { setImmediate as yieldToRequests } from 'node:timers/promises';

/**
 * Lets waiting requests in once `ms` of synchronous work has run. Learning
 * a long stretch of the decision log (a restart after many decisions, a
 * rebuild) takes seconds; in one piece, or in batches of hundreds of
 * decisions, it held every queue request behind it for tens of milliseconds.
 * A request needs a few turns of the event loop, each of which may wait out
 * a slice, so slices are short; a pause costs microseconds.
 */
export class TimeSlice {
  private start = performance.now();

  constructor(private readonly ms = 2) {}

  /** Yields to the event loop if this slice is used up; cheap to call after every unit of work. */
  async pause(): Promise<void> {
    if (performance.now() - this.start < this.ms) return;
    await yieldToRequests();
    this.start = performance.now();
  }
}
