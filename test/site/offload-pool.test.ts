// The page side of offload with a Worker present: requests go out as messages, replies come back
// decoded, and a cancelled request stops (queued: never sent; running: its worker terminated) while
// later requests still run. A stand-in Worker answers each message a tick later by running the
// registry function through the same codec the real worker uses.
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {decode, encode, encodeError} from "../../src/site/offload-codec.js";
import {run} from "../../src/site/offload-registry.js";
import {Matrix, NotPositiveDefiniteError} from "../../src/linalg/index.js";

interface Request {
  id: number;
  module: string;
  fn: string;
  args: unknown[];
}

const started: FakeWorker[] = [];

class FakeWorker {
  onmessage: ((event: {data: unknown}) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;
  terminated = false;
  received: Request[] = [];
  constructor(readonly url: string) {
    started.push(this);
  }
  postMessage(request: Request): void {
    this.received.push(structuredClone(request));
    setTimeout(async () => {
      if (this.terminated) return;
      let reply: unknown;
      try {
        const value = await run(request.module, request.fn, decode(request.args) as unknown[]);
        reply = {id: request.id, ok: true, value: encode(value)};
      } catch (error) {
        reply = {id: request.id, ok: false, error: encodeError(error)};
      }
      if (!this.terminated) this.onmessage?.({data: structuredClone(reply)});
    }, 5);
  }
  terminate(): void {
    this.terminated = true;
  }
}

const g = globalThis as {Worker?: unknown};
let offloadModule: typeof import("../../docs/components/offload.js");

beforeAll(async () => {
  g.Worker = FakeWorker;
  offloadModule = await import("../../docs/components/offload.js");
});

afterAll(() => {
  delete g.Worker;
});

describe("offload through a worker", () => {
  it("starts a module worker on the bundle and decodes its replies", async () => {
    const {offload} = offloadModule;
    const f = await offload("linalg", "svd", [
      Matrix.from([
        [2, 0],
        [0, 1]
      ])
    ]);
    expect(f.U).toBeInstanceOf(Matrix);
    expect(Array.from(f.s)).toEqual([2, 1]);
    expect(started[0]!.url).toMatch(/generated\/offload-worker\.js$/);
    expect(started[0]!.received[0]!.args[0]).not.toBeInstanceOf(Matrix); // tagged, not the class
  });

  it("rejects with the library's error class", async () => {
    const {offload} = offloadModule;
    const call = offload("linalg", "cholesky", [
      Matrix.from([
        [1, 2],
        [2, 1]
      ])
    ]);
    await expect(call).rejects.toBeInstanceOf(NotPositiveDefiniteError);
  });

  it("cancels: a running request stops its worker, a queued one is never sent", async () => {
    const {offload, CancelledError} = offloadModule;
    const sent = (): number => started.reduce((n, w) => n + w.received.length, 0);
    const A = Matrix.from([
      [4, 1],
      [1, 3]
    ]);
    const n0 = sent();
    const controllers = Array.from({length: 6}, () => new AbortController()); // more than the pool
    const calls = controllers.map((c) => offload("linalg", "eigh", [A], {signal: c.signal}));
    const running = sent() - n0; // the pool holds at most 4
    expect(running).toBeGreaterThanOrEqual(1);
    expect(running).toBeLessThan(controllers.length);
    const busy = started.filter((w) => !w.terminated && w.received.length);
    for (const c of controllers.slice(running).reverse()) c.abort(); // the queued ones first
    for (const c of controllers.slice(0, running)) c.abort();
    for (const call of calls) await expect(call).rejects.toBeInstanceOf(CancelledError);
    expect(sent() - n0).toBe(running); // no queued request went out
    expect(busy.filter((w) => w.terminated)).toHaveLength(running);
    const next = await offload("linalg", "eigh", [A]); // a fresh worker takes the next request
    expect(Array.from(next.values)).toHaveLength(2);
  });

  it("cancels when the cell's invalidation promise resolves", async () => {
    const {offload, CancelledError} = offloadModule;
    let invalidate = (): void => {};
    const invalidation = new Promise<void>((resolve) => (invalidate = resolve));
    const call = offload("linalg", "svd", [Matrix.from([[1]])], {invalidation});
    invalidate();
    await expect(call).rejects.toBeInstanceOf(CancelledError);
  });
});
