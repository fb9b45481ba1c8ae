// The kernel paths: the committed WASM binary is what its source builds to, the host runs the path we expect,
// and the WASM kernels agree with the TypeScript loops to round-off on every shape class (edges included).
import fc from "fast-check";
import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {gemmNTSub} from "../../src/linalg/gemm-nt.js";
import {
  getKernelPath,
  kernelPaths,
  scratch,
  setKernelPath,
  withScratch
} from "../../src/linalg/kernels.js";
import {rotateColumnSequence, rotateColumnSequencePair} from "../../src/linalg/givens.js";
import {accumulateRows, rowDots} from "../../src/linalg/matvec-kernels.js";
import {MODULE, binaryModule, compileKernels} from "../../src/linalg/wasm/build.js";

describe("WASM kernels", () => {
  it("binary.ts is the build of assembly/kernels.ts (npm run build:wasm)", async () => {
    expect(binaryModule(await compileKernels())).toBe(readFileSync(MODULE, "utf8"));
  }, 60_000);

  it("Node 20 has WebAssembly SIMD, so the default path is wasm unless LINALG_KERNELS=ts", () => {
    expect(kernelPaths()).toEqual(["wasm", "ts"]);
    if (process.env.LINALG_KERNELS !== "ts") expect(getKernelPath()).toBe("wasm");
    expect(() => setKernelPath("gpu" as "ts")).toThrow(TypeError);
  });

  /** Run `fn` on the given path with its arrays in scratch (so the wasm path really runs in place). */
  function on<T>(path: "wasm" | "ts", fn: (alloc: (src: Float64Array) => Float64Array) => T): T {
    const before = getKernelPath();
    setKernelPath(path);
    try {
      return withScratch(1 << 16, () =>
        fn((src) => {
          const v = scratch(src.length);
          v.set(src);
          return v;
        })
      );
    } finally {
      setKernelPath(before);
    }
  }
  const dims = fc.record({
    m: fc.integer({min: 1, max: 23}),
    n: fc.integer({min: 1, max: 23}),
    K: fc.integer({min: 1, max: 300})
  });
  const close = (x: Float64Array, y: Float64Array, scale: number) => {
    let worst = 0;
    for (let i = 0; i < x.length; i++) worst = Math.max(worst, Math.abs(x[i]! - y[i]!));
    expect(worst).toBeLessThanOrEqual(1e-13 * scale);
  };
  const fill = (len: number, seed: number) =>
    Float64Array.from({length: len}, (_, i) => Math.sin(seed + 1.7 * i));

  it("gemmNT matches the TypeScript loop (odd sizes, k-blocks, row strides)", () => {
    fc.assert(
      fc.property(dims, ({m, n, K}) => {
        const lda = K + 3,
          ldb = K + 1,
          ldc = n + 2;
        const a = fill(m * lda, 1),
          b = fill(n * ldb, 2),
          c = fill(m * ldc, 3);
        const run = (path: "wasm" | "ts") =>
          on(path, (alloc) => {
            const cc = alloc(c);
            gemmNTSub(m, n, K, alloc(a), 0, lda, alloc(b), 0, ldb, cc, 0, ldc);
            return Float64Array.from(cc);
          });
        const w = run("wasm"),
          t = run("ts");
        close(w, t, K);
        for (let i = 0; i < m; i++) expect(w[i * ldc + n]).toBe(c[i * ldc + n]); // padding untouched
      }),
      {numRuns: 60}
    );
  });

  it("rowDots and accumulateRows match the TypeScript loops", () => {
    fc.assert(
      fc.property(dims, ({m, n}) => {
        const cols = n + 5,
          w = fill(m * cols, 4),
          u = fill(n, 5),
          acc = fill(n, 6);
        const run = (path: "wasm" | "ts") =>
          on(path, (alloc) => {
            const out = alloc(new Float64Array(m * 3)),
              ac = alloc(acc);
            rowDots(alloc(w), cols, 0, m, 3, n, alloc(u), out, 3, 1);
            accumulateRows(alloc(w), cols, 0, m, 1, 4, n, ac);
            return [Float64Array.from(out), Float64Array.from(ac)];
          });
        const [o1, a1] = run("wasm"),
          [o2, a2] = run("ts");
        close(o1!, o2!, n);
        close(a1!, a2!, m);
      }),
      {numRuns: 60}
    );
  });

  it("rotation sweeps (single and paired) give the TypeScript loops' results bit for bit", () => {
    fc.assert(
      fc.property(dims, ({m: rows, n: count, K: col0}) => {
        const stride = rows + (col0 % 3),
          c0 = col0 % 5,
          len = (c0 + count + 1) * stride;
        const angle = (seed: number) =>
          Float64Array.from({length: count}, (_, k) => Math.cos(seed + k));
        const c1 = angle(1),
          s1 = c1.map((c) => Math.sqrt(1 - c * c)),
          c2 = angle(2),
          s2 = c2.map((c) => -Math.sqrt(1 - c * c));
        const w = fill(len, 7);
        const run = (path: "wasm" | "ts") =>
          on(path, (alloc) => {
            const one = alloc(w),
              both = alloc(w),
              [a, b, c, d] = [alloc(c1), alloc(s1), alloc(c2), alloc(s2)];
            rotateColumnSequence(one, rows, stride, c0, a, b, count);
            rotateColumnSequencePair(both, rows, stride, c0, a, b, c, d, count);
            return [Float64Array.from(one), Float64Array.from(both)];
          });
        const [w1, w2] = run("wasm"),
          [t1, t2] = run("ts");
        expect(w1).toEqual(t1);
        expect(w2).toEqual(t2);
      }),
      {numRuns: 60}
    );
  });
});
