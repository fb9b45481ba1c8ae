// Time budget for edited cells: compile.ts puts a call to the guard at the top of every loop body.

/** Thrown inside an edited cell whose loop ran too long without yielding, or that the reader stopped. */
export class CellStoppedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CellStoppedError";
  }
}

/** A guard: call `tick()` from loop bodies; `stop()` makes the next tick throw. */
export interface Guard {
  tick: () => void;
  stop: () => void;
}

/**
 * A guard with a budget of `budgetMs` per synchronous slice. A slice starts at the first tick after the event loop
 * last ran (a microtask marks its end), so a cell that awaits or yields between slow steps is never cut off; one that
 * loops without yielding throws CellStoppedError once the slice exceeds the budget. Once tripped or stopped, every
 * further tick in the same slice throws, so a `catch` inside the loop cannot swallow it.
 */
export function createGuard(budgetMs: number, now: () => number = () => performance.now()): Guard {
  let sliceStart = 0;
  let inSlice = false;
  let stopped = false;
  let tripped = false;
  return {
    tick() {
      if (!inSlice) {
        inSlice = true;
        tripped = false;
        sliceStart = now();
        queueMicrotask(() => void (inSlice = false));
      }
      if (stopped) throw new CellStoppedError("stopped by the reader");
      if (tripped || now() - sliceStart > budgetMs) {
        tripped = true;
        throw new CellStoppedError(
          `this cell ran for more than ${budgetMs / 1000} s without pausing (a loop that never ends?); edit it and Run again`
        );
      }
    },
    stop() {
      stopped = true;
    }
  };
}
