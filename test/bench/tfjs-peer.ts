// TensorFlow.js with its WASM backend (XNNPACK, SIMD, one thread) as the matmul peer. It computes in float32:
// the table labels it so. The .wasm binaries load from node_modules (no network).
import {createRequire} from "node:module";
import {dirname} from "node:path";
import type {Matrix} from "../../src/linalg/index.js";

type Tf = typeof import("@tensorflow/tfjs-core");

let tf: Tf | null = null;

/** Load tfjs-core and register the WASM backend; false (with the reason printed) when it cannot start. */
export async function startTfjs(): Promise<boolean> {
  try {
    const require = createRequire(import.meta.url);
    const core = (await import("@tensorflow/tfjs-core")) as Tf;
    const wasm = await import("@tensorflow/tfjs-backend-wasm");
    const dir = dirname(
      require.resolve("@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm")
    );
    core.env().set("WASM_HAS_MULTITHREAD_SUPPORT", false);
    wasm.setWasmPaths(`${dir}/`);
    if (!(await core.setBackend("wasm"))) throw new Error("setBackend('wasm') returned false");
    await core.ready();
    tf = core;
    return true;
  } catch (e) {
    console.log(`TensorFlow.js WASM: not run (${(e as Error).message})`);
    return false;
  }
}

/** A·B in float32 on the WASM backend, the product read back to the host as a Float32Array. */
export function tfMatmul(A: Matrix, B: Matrix): () => unknown {
  const t = tf!;
  const a = t.tensor2d(Float32Array.from(A.data), [A.rows, A.cols]);
  const b = t.tensor2d(Float32Array.from(B.data), [B.rows, B.cols]);
  return () => {
    const c = t.matMul(a, b);
    const out = c.dataSync();
    c.dispose();
    return out;
  };
}
