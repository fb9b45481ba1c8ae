// The kernel paths: the committed WASM binary is what its source builds to, the host runs the path we expect,
// and the WASM kernels agree with the TypeScript loops to round-off on every shape class (edges included).
import fc from "fast-check";
import {readFileSync} from "node:fs";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {gemmNTSub} from "../../src/linalg/gemm-nt.js";
import {add, eigh, eighTridiagonal, matmul} from "../../src/linalg/index.js";
import {
  RELEASE_BYTES,
  getKernelPath,
  kernelMemoryBytes,
  kernelPaths,
  scratch,
  setKernelPath,
  withScratch
} from "../../src/linalg/kernels.js";
import {rotateColumnSequence, rotateColumnSequencePair} from "../../src/linalg/givens.js";
import {accumulateRows, rowDots} from "../../src/linalg/matvec-kernels.js";
import {MODULE, binaryModule, compileKernels} from "../../src/linalg/wasm/build.js";
import {
  THRESHOLD,
  diffFro,
  fro,
  mul,
  orthoDefect,
  randomMatrix,
  ratio,
  testRng
} from "./generators.js";

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

describe("the kernels' memory", () => {
  let saved = getKernelPath();
  beforeAll(() => {
    saved = getKernelPath();
    setKernelPath("wasm");
  });
  afterAll(() => setKernelPath(saved));

  /** Eigenvalues of the (−1, 2, −1) matrix of order n against 2 − 2cos(kπ/(n + 1)), as a ratio. */
  function secondDifference(n: number): number {
    const {values} = eighTridiagonal(new Float64Array(n).fill(2), new Float64Array(n - 1).fill(-1));
    let err = 0;
    for (let k = 1; k <= n; k++)
      err = Math.max(err, Math.abs(values[k - 1]! - (2 - 2 * Math.cos((k * Math.PI) / (n + 1)))));
    return ratio(err, 4, n);
  }

  it("a job past RELEASE_BYTES gives it back when the outermost withScratch returns", () => {
    // Order 1200 reserves about 4·n² doubles (46 MB): past the threshold. Twice, so the second
    // run grows the fresh instance's memory again.
    for (let round = 0; round < 2; round++) {
      withScratch(0, () => {
        expect(secondDifference(1200)).toBeLessThan(THRESHOLD);
        // Nested: something is live, so the grown memory stays.
        expect(kernelMemoryBytes()).toBeGreaterThan(RELEASE_BYTES);
      });
      expect(kernelMemoryBytes()).toBeLessThanOrEqual(RELEASE_BYTES);
    }
    // The fresh kernels compute right: a product, and eigenpairs by divide and conquer.
    const rng = testRng(12);
    const A = randomMatrix(37, 300, rng),
      B = randomMatrix(300, 29, rng);
    expect(ratio(diffFro(matmul(A, B), mul(A, B)), fro(A) * fro(B), 300)).toBeLessThan(THRESHOLD);
    const n = 320;
    const G = randomMatrix(n, n, rng);
    const S = add(G, G.T);
    const {values, vectors: V} = eigh(S);
    const residual = mul(S, V);
    for (let i = 0; i < n; i++)
      for (let k = 0; k < n; k++) residual.data[i * n + k] -= V.data[i * n + k]! * values[k]!;
    expect(ratio(fro(residual), fro(S), n)).toBeLessThan(THRESHOLD);
    expect(ratio(orthoDefect(V), 1, n)).toBeLessThan(THRESHOLD);
  });

  it("a job below it keeps the memory it grew (no fresh instance)", () => {
    const n = 400;
    expect(secondDifference(n)).toBeLessThan(THRESHOLD);
    const grown = kernelMemoryBytes();
    // The reservation for order 400 (over 4·n² doubles) is in place, not a fresh instance's memory.
    expect(grown).toBeGreaterThan(8 * 4 * n * n);
    expect(grown).toBeLessThanOrEqual(RELEASE_BYTES);
    expect(secondDifference(n)).toBeLessThan(THRESHOLD);
    expect(kernelMemoryBytes()).toBe(grown);
  });
});
