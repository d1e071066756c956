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
 * Runs tasks 0..count-1 (made by `task`, when dispatched) in `workers` threads of `script`, and
 * hands each result to `take` in task order. At most two tasks per worker are in flight or waiting
 * for their turn, so memory stays bounded; `take` may return a promise to hold the next back (a
 * full pipe, or the work done with each result). A failure in a worker or in `take` ends them all.
 */
export async function inOrderInWorkers<T extends { readonly index: number }, R>(
  script: string, workers: number, count: number, task: (index: number) => T, take: (result: R, index: number) => Promise<unknown> | undefined,
): Promise<void> {
  const pool = Array.from({ length: Math.min(workers, count) }, () => new Worker(script));
  const done = new Map<number, R>();
  const idle: Worker[] = [];
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const notify = () => {
    wake?.();
    wake = undefined;
  };
  let dispatched = 0;
  const dispatch = (taken: number) => {
    while (idle.length > 0 && dispatched < count && dispatched < taken + 2 * pool.length) {
      idle.pop()!.postMessage(task(dispatched));
      dispatched++;
    }
  };
  for (const worker of pool) {
    worker.on('message', (answer: RangeAnswer<R>) => {
      if (answer.result !== undefined) done.set(answer.index, answer.result);
      else failure ??= new Error(answer.error ?? 'a worker failed');
      idle.push(worker);
      notify();
    });
    worker.on('error', (error) => {
      failure ??= error;
      notify();
    });
    idle.push(worker);
  }
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
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
}
