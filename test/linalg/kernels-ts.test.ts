// The accuracy battery again, on the pure TypeScript kernel path (the other test files run the default path,
// which is WASM SIMD where the host has it): the same tests, registered under this file with the path switched.
import {setKernelPath} from "../../src/linalg/kernels.js";

setKernelPath("ts");
await import("./robustness.test.js");
await import("./properties.test.js");
await import("./api.test.js");
await import("./svd.test.js");
await import("./eigh.test.js");
await import("./qr.test.js");
await import("./cholesky.test.js");
await import("./lstsq.test.js");
await import("./triangular.test.js");
await import("./lu.test.js");
