// Heavy computations off the page's main thread: a pure function of the library runs in a
// background module worker, and the page gets a promise of its result.
//
//   const sweep = offload("leastSquares", "kappaSweep", [options], {invalidation});
//   display(working(sweep, "Solving 40 least-squares problems"));
//
// Arguments and results are copied (structured clone); matrices and the library's errors survive
// the trip (src/site/offload-codec.ts). Passing the cell's `invalidation` cancels the request when
// the cell runs again (a dragged slider sends many values; only the latest matters): a queued
// request is dropped, a running one stops with its worker. Where there is no Worker (the cells
// test under happy-dom) the function runs inline, through the same copy, so every check still runs.
import type {Registry} from "../src/site/offload-registry.js";
import type {EncodedError} from "../src/site/offload-codec.js";
import {decode, decodeError, encode} from "../src/site/offload-codec.js";

type Module = keyof Registry;
type Fn<M extends Module> = {
  [F in keyof Registry[M]]: Registry[M][F] extends (...args: never[]) => unknown ? F : never;
}[keyof Registry[M]];
type Call<M extends Module, F extends Fn<M>> = Registry[M][F] extends (...args: infer A) => infer R
  ? {args: A; result: Awaited<R>}
  : never;

export interface OffloadOptions {
  /** The cell's `invalidation` promise: when it resolves, the request is cancelled. */
  invalidation?: PromiseLike<unknown>;
  /** Or an AbortSignal, for code outside cells. */
  signal?: AbortSignal;
}

/** The rejection of a cancelled request (its cell has already run again; nobody shows it). */
export class CancelledError extends Error {
  override name = "CancelledError";
}

interface Job {
  id: number;
  module: string;
  fn: string;
  args: unknown;
  resolve(value: unknown): void;
  reject(error: unknown): void;
  slot?: Slot;
  settled: boolean;
}

interface Slot {
  worker: Worker;
  job?: Job;
}

interface Reply {
  id: number;
  ok: boolean;
  value?: unknown;
  error?: EncodedError;
}

const queue: Job[] = [];
const slots: Slot[] = [];
let nextId = 0;

/** Workers at once: leave one core to the page (at least one worker, at most four). */
function poolSize(): number {
  return Math.max(1, Math.min(4, (globalThis.navigator?.hardwareConcurrency || 2) - 1));
}

function spawn(): Slot {
  // Framework rewrites this literal to the bundle's hashed URL and ships the file.
  const url = import.meta.resolve("./generated/offload-worker.js");
  const slot: Slot = {worker: new Worker(url, {type: "module", name: "offload"})};
  slot.worker.onmessage = ({data}: MessageEvent<Reply>) => {
    const job = slot.job;
    if (!job || job.id !== data.id) return;
    slot.job = undefined;
    settle(job, data.ok, data.ok ? decode(data.value) : decodeError(data.error!));
    pump();
  };
  slot.worker.onerror = (event) => {
    event.preventDefault();
    const job = slot.job;
    retire(slot);
    if (job) settle(job, false, new Error(`the background worker stopped: ${event.message}`));
    pump();
  };
  slots.push(slot);
  return slot;
}

function retire(slot: Slot): void {
  slot.worker.terminate();
  slots.splice(slots.indexOf(slot), 1);
}

function settle(job: Job, ok: boolean, value: unknown): void {
  if (job.settled) return;
  job.settled = true;
  job.slot = undefined;
  if (ok) job.resolve(value);
  else job.reject(value);
}

/** Start queued jobs on idle workers, spawning up to the pool size. */
function pump(): void {
  while (queue.length) {
    const slot = slots.find((s) => !s.job) ?? (slots.length < poolSize() ? spawn() : undefined);
    if (!slot) return;
    const job = queue.shift()!;
    slot.job = job;
    job.slot = slot;
    try {
      slot.worker.postMessage({id: job.id, module: job.module, fn: job.fn, args: job.args});
    } catch (error) {
      slot.job = undefined; // an argument that cannot be copied (a function, a DOM node)
      settle(job, false, error);
    }
  }
}

function cancel(job: Job): void {
  if (job.settled) return;
  const queued = queue.indexOf(job);
  if (queued >= 0) queue.splice(queued, 1);
  else if (job.slot) retire(job.slot); // stop it mid-computation
  settle(job, false, new CancelledError(`${job.module}.${job.fn} was superseded`));
  pump();
}

/** No Worker here (Node, happy-dom): run inline, through the same copies the worker would make. */
async function inline(module: string, fn: string, args: unknown): Promise<unknown> {
  const {run} = await import("../src/site/offload-registry.js");
  const result = await run(module, fn, decode(structuredClone(args)) as unknown[]);
  return decode(structuredClone(encode(result)));
}

/**
 * `registry[module][fn](...args)` in a background worker (src/site/offload-registry.ts lists the
 * modules). Resolves with the result, or rejects with the error the function threw (the library's
 * own classes), or with CancelledError when `invalidation` or `signal` fires first.
 */
export function offload<M extends Module, F extends Fn<M>>(
  module: M,
  fn: F,
  args: Call<M, F>["args"],
  {invalidation, signal}: OffloadOptions = {}
): Promise<Call<M, F>["result"]> {
  const encoded = encode(args);
  if (typeof Worker === "undefined") return inline(module, String(fn), encoded) as Promise<never>;
  return new Promise((resolve, reject) => {
    const job: Job = {
      id: ++nextId,
      module,
      fn: String(fn),
      args: encoded,
      resolve,
      reject,
      settled: false
    };
    queue.push(job);
    pump();
    invalidation?.then(() => cancel(job));
    signal?.addEventListener("abort", () => cancel(job));
  });
}

/**
 * A status line for a pending result: "Working: <what>…" while it runs, then how long it took and
 * where, or that it stopped. It keeps its place, so the page does not jump when the result arrives.
 * Carries data-offload="working" while pending (the browser test waits on it).
 */
export function working(result: Promise<unknown>, what: string): HTMLElement {
  const line = document.createElement("p");
  line.className = "offload-status";
  line.setAttribute("role", "status");
  line.dataset.offload = "working";
  line.textContent = `Working: ${what}…`;
  const start = performance.now();
  const where = typeof Worker === "undefined" ? "on the main thread" : "in a background worker";
  result.then(
    () => {
      const ms = Math.round(performance.now() - start);
      line.dataset.offload = "done";
      line.textContent = `${what}: done ${where} in ${ms} ms.`;
    },
    (error: unknown) => {
      line.dataset.offload = error instanceof CancelledError ? "cancelled" : "failed";
      line.textContent =
        error instanceof CancelledError ? "" : `${what}: stopped (the reason is below).`;
    }
  );
  return line;
}
