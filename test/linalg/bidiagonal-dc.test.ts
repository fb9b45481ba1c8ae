import {afterAll, describe, expect, it} from "vitest";
import {bidiagonalSVD} from "../../src/linalg/bidiagonal-dc.js";
import {golubKahanSVD} from "../../src/linalg/golub-kahan.js";
import {getKernelPath, kernelPaths, setKernelPath} from "../../src/linalg/kernels.js";
import {Matrix} from "../../src/linalg/matrix.js";
import {secularSingularValues} from "../../src/linalg/singular-secular.js";
import {svd} from "../../src/linalg/svd.js";
import {
  EPS,
  SCALES,
  THRESHOLD,
  diffFro,
  fro,
  matrixTypes,
  mul,
  orthoDefect as columnDefect,
  ratio,
  testRng
} from "./generators.js";

const worst = {residual: 0, orthoU: 0, orthoV: 0, values: 0};
const svdWorst = {residual: 0, orthoU: 0, orthoV: 0, values: 0};
afterAll(() => {
  console.log(
    `bidiagonal D&C max ratios: ‖B − UΣVᵀ‖/(‖B‖·n·ε) = ${worst.residual.toFixed(2)}, ` +
      `‖I − UᵀU‖/(nε) = ${worst.orthoU.toFixed(2)}, ‖I − VᵀV‖/(nε) = ${worst.orthoV.toFixed(2)}, ` +
      `|σ − σ_GK|/(‖B‖·n·ε) = ${worst.values.toFixed(2)}`
  );
  console.log(
    `svd by D&C max ratios: ‖A − UΣVᵀ‖/(‖A‖·max(m,n)·ε) = ${svdWorst.residual.toFixed(2)}, ` +
      `‖I − UᵀU‖/(mε) = ${svdWorst.orthoU.toFixed(2)}, ` +
      `‖I − VᵀV‖/(nε) = ${svdWorst.orthoV.toFixed(2)}, ` +
      `|σ − σ_dqds|/(σ₁·max(m,n)·ε) = ${svdWorst.values.toFixed(2)}`
  );
});

/** ‖I − QᵀQ‖_F for the n×n row-major Q. */
function orthoDefect(q: Float64Array, n: number): number {
  const E = new Float64Array(n * n);
  for (let k = 0; k < n; k++)
    for (let i = 0; i < n; i++) {
      const a = q[k * n + i]!;
      if (a !== 0) for (let j = 0; j < n; j++) E[i * n + j] += a * q[k * n + j]!;
    }
  for (let i = 0; i < n; i++) E[i * n + i] -= 1;
  return fro(E);
}

/** ‖B − U·diag(s)·Vᵀ‖_F, B = bidiag(d, e). */
function residual(
  d: Float64Array,
  e: Float64Array,
  r: {s: Float64Array; U: Float64Array; V: Float64Array}
) {
  const n = d.length;
  const R = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    R[i * n + i] = d[i]!;
    if (i < n - 1) R[i * n + i + 1] = e[i]!;
  }
  const us = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < n; k++) us[k] = r.U[i * n + k]! * r.s[k]!;
    for (let j = 0; j < n; j++) {
      let acc = 0;
      for (let k = 0; k < n; k++) acc += us[k]! * r.V[j * n + k]!;
      R[i * n + j] -= acc;
    }
  }
  return fro(R);
}

/** The singular values by the Golub–Kahan iteration, on B scaled by a power of 2 (exact). */
function referenceValues(d: Float64Array, e: Float64Array): Float64Array {
  let big = 0;
  for (const x of [...d, ...e]) big = Math.max(big, Math.abs(x));
  const p = big === 0 ? 1 : 2 ** -Math.round(Math.log2(big));
  const ds = d.map((x) => x * p);
  golubKahanSVD(
    ds,
    e.map((x) => x * p),
    null,
    null
  );
  return ds.map((x) => x / p).sort();
}

function check(d: Float64Array, e: Float64Array) {
  const n = d.length;
  const d0 = d.slice(),
    e0 = e.slice();
  const r = bidiagonalSVD(d, e);
  expect(d).toEqual(d0);
  expect(e).toEqual(e0);
  const norm = fro([...d, ...e]);
  const res = ratio(residual(d, e, r), norm, n);
  const ou = ratio(orthoDefect(r.U, n), 1, n),
    ov = ratio(orthoDefect(r.V, n), 1, n);
  const ref = referenceValues(d, e);
  const got = r.s.slice().sort();
  let dv = 0;
  for (let i = 0; i < n; i++) dv = Math.max(dv, Math.abs(got[i]! - ref[i]!));
  const vals = ratio(dv, norm, n);
  worst.residual = Math.max(worst.residual, res);
  worst.orthoU = Math.max(worst.orthoU, ou);
  worst.orthoV = Math.max(worst.orthoV, ov);
  worst.values = Math.max(worst.values, vals);
  for (const x of r.s) expect(x).toBeGreaterThanOrEqual(0);
  expect(res).toBeLessThan(THRESHOLD);
  expect(ou).toBeLessThan(THRESHOLD);
  expect(ov).toBeLessThan(THRESHOLD);
  expect(vals).toBeLessThan(THRESHOLD);
}

type Case = [
  name: string,
  make: (n: number, rng: ReturnType<typeof testRng>) => [number[], number[]]
];
const fill = (n: number, f: (i: number) => number) =>
  Array.from({length: Math.max(n, 0)}, (_, i) => f(i));

const CASES: Case[] = [
  ["random", (n, g) => [fill(n, g.normal), fill(n - 1, g.normal)]],
  ["identity", (n) => [fill(n, () => 1), fill(n - 1, () => 0)]],
  ["zero", (n) => [fill(n, () => 0), fill(n - 1, () => 0)]],
  [
    "graded",
    (n) => [fill(n, (i) => 10 ** ((-15 * i) / n)), fill(n - 1, (i) => 10 ** ((-15 * i) / n))]
  ],
  [
    "clustered",
    (n, g) => [fill(n, () => 1 + 1e-13 * g.uniform()), fill(n - 1, () => 1e-11 * g.uniform())]
  ],
  [
    "zeros on the diagonal",
    (n, g) => [fill(n, (i) => (i % 3 === 1 ? 0 : g.normal())), fill(n - 1, g.normal)]
  ],
  [
    "zeros on the superdiagonal",
    (n, g) => [fill(n, g.normal), fill(n - 1, (i) => (i % 4 === 2 ? 0 : g.normal()))]
  ],
  // Heavy deflation: a diagonal matrix, repeated values, copies of one block glued by tiny entries.
  ["diagonal", (n, g) => [fill(n, g.normal), fill(n - 1, () => 0)]],
  ["repeated", (n, g) => [fill(n, (i) => 1 + (i % 3)), fill(n - 1, () => 1e-17 * g.uniform())]],
  [
    "glued",
    (n, g) => {
      const d = fill(10, g.normal),
        e = fill(9, g.normal);
      return [fill(n, (i) => d[i % 10]!), fill(n - 1, (i) => (i % 10 === 9 ? 1e-14 : e[i % 10]!))];
    }
  ],
  [
    "near overflow",
    (n, g) => [
      fill(n, () => SCALES.nearOverflow * g.uniform()),
      fill(n - 1, () => SCALES.nearOverflow * g.uniform())
    ]
  ],
  [
    "near underflow",
    (n, g) => [
      fill(n, () => SCALES.nearUnderflow * g.uniform()),
      fill(n - 1, () => SCALES.nearUnderflow * g.uniform())
    ]
  ],
  [
    "tiny",
    (n, g) => [fill(n, () => 1e-300 * g.uniform()), fill(n - 1, () => 1e-300 * g.uniform())]
  ],
  ["huge", (n, g) => [fill(n, () => 1e300 * g.uniform()), fill(n - 1, () => 1e300 * g.uniform())]]
];

describe("bidiagonal SVD by divide and conquer", () => {
  for (const path of kernelPaths()) {
    describe(`${path} kernels`, () => {
      const run = (fn: () => void) => () => {
        const before = getKernelPath();
        setKernelPath(path);
        try {
          fn();
        } finally {
          setKernelPath(before);
        }
      };
      for (const n of [1, 2, 25, 26, 50, 200, 500])
        it(
          `random normal, n = ${n}`,
          run(() => {
            const g = testRng(n);
            check(Float64Array.from(fill(n, g.normal)), Float64Array.from(fill(n - 1, g.normal)));
          })
        );
      for (const [name, make] of CASES)
        for (const n of [26, 120])
          it(
            `${name}, n = ${n}`,
            run(() => {
              const [d, e] = make(n, testRng(7 * n + name.length));
              check(Float64Array.from(d), Float64Array.from(e));
            })
          );
    });
  }
});

describe("singular-value secular equation", () => {
  it("its roots are the singular values of [zᵀ; diag(d)] (dense SVD as the other route)", () => {
    const g = testRng(3);
    const n = 12;
    const d = Float64Array.from(fill(n, (i) => (i === 0 ? 0 : i + 0.3 * g.next())));
    const z = Float64Array.from(fill(n, () => 0.1 + g.next()));
    const sigma = new Float64Array(n),
      minus = new Float64Array(n * n),
      plus = new Float64Array(n * n);
    secularSingularValues(d, z, sigma, minus, plus);
    const M = new Matrix(n, n);
    for (let j = 0; j < n; j++) {
      M.data[j] = z[j]!;
      if (j > 0) M.data[j * n + j] = d[j]!;
    }
    const ref = svd(M, {computeUV: false}).s.slice().sort();
    for (let i = 0; i < n; i++) {
      expect(Math.abs(sigma[i]! - ref[i]!)).toBeLessThan(10 * n * EPS * ref[n - 1]!);
      // Interlacing, and the differences kept apart agree with σ.
      expect(sigma[i]!).toBeGreaterThan(d[i]!);
      if (i < n - 1) expect(sigma[i]!).toBeLessThan(d[i + 1]!);
      for (let j = 0; j < n; j++) {
        expect(Math.abs(minus[i * n + j]! - (d[j]! - sigma[i]!))).toBeLessThan(
          4 * EPS * (d[j]! + sigma[i]!)
        );
        expect(Math.abs(plus[i * n + j]! - (d[j]! + sigma[i]!))).toBeLessThan(
          4 * EPS * (d[j]! + sigma[i]!)
        );
      }
    }
  });
});

describe("svd with vectors takes the divide-and-conquer path from 180 columns on", () => {
  const cases: [number, number, boolean][] = [
    [230, 210, false],
    [210, 230, false],
    [240, 220, true],
    [190, 210, true]
  ];
  for (const path of kernelPaths())
    for (const [m, n, full] of cases)
      for (const {name, A} of matrixTypes(m, n, 5).filter(
        (t, i) => (m > n && !full) || i % 4 === 3
      ))
        it(`${path} kernels, ${m}×${n}${full ? " full" : ""}, ${name}`, () => {
          const before = getKernelPath();
          setKernelPath(path);
          try {
            const {U, s, Vt} = svd(A, {fullMatrices: full});
            const S = new Matrix(U.cols, Vt.rows);
            for (let i = 0; i < s.length; i++) S.data[i * S.cols + i] = s[i]!;
            const res = ratio(diffFro(A, mul(mul(U, S), Vt)), fro(A), Math.max(m, n));
            const ou = ratio(columnDefect(U), 1, m),
              ov = ratio(columnDefect(Vt.T), 1, n);
            svdWorst.residual = Math.max(svdWorst.residual, res);
            svdWorst.orthoU = Math.max(svdWorst.orthoU, ou);
            svdWorst.orthoV = Math.max(svdWorst.orthoV, ov);
            expect(res).toBeLessThan(THRESHOLD);
            expect(ou).toBeLessThan(THRESHOLD);
            expect(ov).toBeLessThan(THRESHOLD);
            for (let i = 1; i < s.length; i++) expect(s[i]!).toBeLessThanOrEqual(s[i - 1]!);
            // The values agree with the values-only path (dqds: no vectors, no divide and conquer).
            const t = svd(A, {computeUV: false}).s;
            let dv = 0;
            for (let i = 0; i < s.length; i++) dv = Math.max(dv, Math.abs(s[i]! - t[i]!));
            const vr = ratio(dv, s[0] ?? 0, Math.max(m, n));
            svdWorst.values = Math.max(svdWorst.values, vr);
            expect(vr).toBeLessThan(THRESHOLD);
          } finally {
            setKernelPath(before);
          }
        });
});
