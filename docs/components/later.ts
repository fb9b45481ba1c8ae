// Work deferred to a task of its own, so the browser paints (and stays responsive) before it runs.

/** Run `work` in a new task, after the browser has had a turn, and resolve with its result. */
export function later<T>(work: () => T): Promise<T> {
  return new Promise((resolve, reject) => {
    setTimeout(() => {
      try {
        resolve(work());
      } catch (error) {
        reject(error);
      }
    }, 0);
  });
}
