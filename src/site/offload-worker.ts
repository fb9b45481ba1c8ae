// The background worker's entry (bundled by src/site/offload-bundle.ts into
// docs/components/generated/offload-worker.js, and in a build by src/site/split-modules.ts with the
// pages' shared chunks): runs one registry function per message and posts back its result, or the
// error it threw, under the message's id.
import {decode, encode, encodeError} from "./offload-codec.js";
import {run} from "./offload-registry.js";

/** A request from docs/components/offload.ts. */
export interface OffloadRequest {
  id: number;
  module: string;
  fn: string;
  args: unknown[];
}

interface WorkerScope {
  onmessage: ((event: MessageEvent<OffloadRequest>) => void) | null;
  postMessage(message: unknown): void;
}

const scope = globalThis as unknown as WorkerScope;

scope.onmessage = async ({data: {id, module, fn, args}}) => {
  try {
    const value = await run(module, fn, decode(args) as unknown[]);
    scope.postMessage({id, ok: true, value: encode(value)});
  } catch (error) {
    scope.postMessage({id, ok: false, error: encodeError(error)});
  }
};
