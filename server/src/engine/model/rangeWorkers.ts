// Ranges of a file handed to worker threads, their results taken in the file's order: the
// common part of `cli.js parse` (JSON Lines per range) and of large files (parsed rows per range).
import { Worker } from 'node:worker_threads';

/** What a range worker posts back for task `index`: its result, or why it has none. */
export interface RangeAnswer<R> {
  readonly index: number;
  readonly result?: R;
  readonly error?: string;
}

/**
 * Worker threads of one script, kept for several runs: a log set's files are read one after the
 * other, and a worker started (and warmed up) once serves them all.
 */
export class WorkerPool {
  readonly workers: readonly Worker[];
  private ended = false;

  constructor(script: string, size: number) {
    // A worker failing while no run listens (between a set's files) ends the pool, not the process:
    // an 'error' event nobody listens to is thrown.
    this.workers = Array.from({ length: size }, () => new Worker(script).on('error', () => void this.end()));
  }

  /** Whether it can run more tasks (a failed run ends it). */
  get usable(): boolean {
    return !this.ended;
  }

  async end(): Promise<void> {
    this.ended = true;
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}

/**
 * Runs tasks 0..count-1 (made by `task`, when dispatched) in the pool's threads, and hands each
 * result to `take` in task order. At most two tasks per worker are in flight or waiting for their
 * turn, so memory stays bounded; `take` may return a promise to hold the next back (a full pipe, or
 * the work done with each result). A failure in a worker or in `take` ends the pool.
 */
export async function inOrderInWorkers<T extends { readonly index: number }, R>(
  pool: WorkerPool, count: number, task: (index: number) => T, take: (result: R, index: number) => Promise<unknown> | undefined,
): Promise<void> {
  const done = new Map<number, R>();
  const idle = [...pool.workers];
  const width = pool.workers.length;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const notify = () => {
    wake?.();
    wake = undefined;
  };
  let dispatched = 0;
  const dispatch = (taken: number) => {
    while (idle.length > 0 && dispatched < count && dispatched < taken + 2 * width) {
      idle.pop()!.postMessage(task(dispatched));
      dispatched++;
    }
  };
  const listeners = pool.workers.map((worker) => {
    const onMessage = (answer: RangeAnswer<R>) => {
      if (answer.result !== undefined) done.set(answer.index, answer.result);
      else failure ??= new Error(answer.error ?? 'a worker failed');
      idle.push(worker);
      notify();
    };
    const onError = (error: Error) => {
      failure ??= error;
      notify();
    };
    worker.on('message', onMessage).on('error', onError);
    return () => worker.off('message', onMessage).off('error', onError);
  });
  let ok = false;
  try {
    for (let taken = 0; taken < count; taken++) {
      dispatch(taken);
      while (!done.has(taken)) {
        if (failure) throw failure;
        await new Promise<void>((resolve) => (wake = resolve));
        dispatch(taken);
      }
      const result = done.get(taken)!;
      done.delete(taken);
      dispatch(taken + 1);
      await take(result, taken);
    }
    ok = true;
  } finally {
    listeners.forEach((remove) => remove());
    // Tasks may still be in flight after a failure: their answers must reach no later run.
    if (!ok) await pool.end();
  }
}
