// Work deferred to a task of its own, so the browser paints (and stays responsive) before it runs.

/** Run `work` in a new task, after the browser has had a turn, and resolve with its result. */
export function later<T>(work: () => T): Promise<T> {
  return nextTask().then(work);
}

/**
 * Resolves in a new task: after `scheduler.yield()` where the browser has it (the continuation goes
 * ahead of other queued work, but after rendering and input), else after a message (no 4 ms clamp,
 * as nested timeouts have).
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as {scheduler?: {yield?: () => Promise<void>}}).scheduler;
  if (typeof scheduler?.yield === "function") return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
