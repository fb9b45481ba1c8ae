import fc from "fast-check";
import {readFileSync} from "node:fs";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {DIVIDE_CONQUER_MIN} from "../../src/linalg/eigh.js";
import {
  Matrix,
  NonFiniteError,
  ShapeError,
  eigh,
  eighTridiagonal,
  eigvalsh,
  getKernelPath,
  kernelPaths,
  setKernelPath
} from "../../src/linalg/index.js";
import {secularRoots} from "../../src/linalg/secular.js";
import {symmetricTridiagonalQR} from "../../src/linalg/symmetric-qr.js";
import {
  EPS,
  SCALES,
  THRESHOLD,
  fro,
  orthoDefect,
  ratio,
  symmetricTypes,
  testRng
} from "./generators.js";

interface Tridiagonal {
  name: string;
  d: Float64Array;
  e: Float64Array;
}

const worst = {residual: 0, orthogonality: 0, values: 0, scipyValues: 0, scipyVectors: 0};
const worstEigh = {residual: 0, orthogonality: 0};
afterAll(() =>
  console.log(
    `eighTridiagonal max ratios: ‖T − ZΛZᵀ‖/(‖T‖nε) = ${worst.residual.toFixed(2)}, ` +
      `‖I − ZᵀZ‖/(nε) = ${worst.orthogonality.toFixed(2)}, ` +
      `|λ − λ_QR|/(‖T‖nε) = ${worst.values.toFixed(2)}; against SciPy: ` +
      `|λ − λ_SciPy|/(‖T‖nε) = ${worst.scipyValues.toFixed(2)}, ` +
      `‖z − ±z_SciPy‖·gap/(‖T‖nε) = ${worst.scipyVectors.toFixed(2)}; eigh at the crossovers: ` +
      `‖A − VΛVᵀ‖/(‖A‖nε) = ${worstEigh.residual.toFixed(2)}, ` +
      `‖I − VᵀV‖/(nε) = ${worstEigh.orthogonality.toFixed(2)}`
  )
);

const tri = (name: string, d: ArrayLike<number>, e: ArrayLike<number>): Tridiagonal => ({
  name,
  d: Float64Array.from(d),
  e: Float64Array.from(e)
});

function random(n: number, seed: number): Tridiagonal {
  const rng = testRng(seed);
  return tri(
    `random ${n}`,
    Array.from({length: n}, rng.uniform),
    Array.from({length: Math.max(n - 1, 0)}, rng.uniform)
  );
}

/** Wilkinson's W⁺ of odd order n: d_i = |i − (n−1)/2|, e = 1; its top eigenvalues come in pairs
 * agreeing to many digits. */
function wilkinson(n: number): Tridiagonal {
  const m = (n - 1) / 2;
  return tri(
    `Wilkinson W${n}+`,
    Array.from({length: n}, (_, i) => Math.abs(i - m)),
    new Float64Array(n - 1).fill(1)
  );
}

/** `copies` W21+ glued by off-diagonal δ: clusters of `copies` eigenvalues within about δ. */
function glued(copies: number, delta: number): Tridiagonal {
  const w = wilkinson(21);
  const d: number[] = [],
    e: number[] = [];
  for (let c = 0; c < copies; c++) {
    d.push(...w.d);
    e.push(...w.e);
    if (c < copies - 1) e.push(delta);
  }
  return tri(`${copies} glued W21+, δ = ${delta}`, d, e);
}

/** Copies of one 4×4 block, uncoupled: each of its eigenvalues repeated `copies` times. */
function repeated(copies: number): Tridiagonal {
  const d: number[] = [],
    e: number[] = [];
  for (let c = 0; c < copies; c++) {
    d.push(1, -2, 3, 0.5);
    e.push(0.3, -1, 0.7);
    if (c < copies - 1) e.push(0);
  }
  return tri(`4×4 block ×${copies} (each eigenvalue ${copies}-fold)`, d, e);
}

function graded(n: number): Tridiagonal {
  const d = Array.from({length: n}, (_, i) => 10 ** ((-12 * i) / Math.max(n - 1, 1)));
  const e = Array.from({length: n - 1}, (_, i) => Math.sqrt(d[i]! * d[i + 1]!) / 2);
  return tri(`graded ${n} (10⁰ … 10⁻¹²)`, d, e);
}

function scaled(t: Tridiagonal, label: string, c: number): Tridiagonal {
  return tri(
    `${t.name} × ${label}`,
    t.d.map((x) => x * c),
    t.e.map((x) => x * c)
  );
}

/** The dense symmetric tridiagonal matrix. */
function dense({d, e}: Tridiagonal): Matrix {
  const n = d.length;
  const T = new Matrix(n, n);
  for (let i = 0; i < n; i++) {
    T.data[i * n + i] = d[i]!;
    if (i + 1 < n) T.data[i * n + i + 1] = T.data[(i + 1) * n + i] = e[i]!;
  }
  return T;
}

/** ‖T − ZΛZᵀ‖_F, from the lower triangle (both are symmetric), computed plainly. */
function reconstructionError(T: Matrix, values: Float64Array, Z: Matrix): number {
  const n = T.rows;
  const R = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let s = 0;
      for (let k = 0; k < n; k++) s += Z.data[i * n + k]! * values[k]! * Z.data[j * n + k]!;
      const r = T.data[i * n + j]! - s;
      R[i * n + j] = r;
      R[j * n + i] = r;
    }
  }
  return fro(R);
}

/**
 * Eigenvalues by the implicit QR iteration on T/max|T| (as eigh runs it), sorted: the independent
 * route. Off-diagonals below 2⁻⁵¹¹·max|T| are dropped first (a change far below ε‖T‖): with zero
 * diagonals around them the iteration's bulge underflows and it stalls (ConvergenceError).
 */
function qrValues({d, e}: Tridiagonal): Float64Array {
  const s = Math.max(...d.map(Math.abs), ...e.map(Math.abs)) || 1;
  const v = d.map((x) => x / s);
  symmetricTridiagonalQR(
    v,
    e.map((x) => (Math.abs(x / s) <= 2 ** -511 ? 0 : x / s)),
    null
  );
  return v.sort().map((x) => x * s);
}

function checkRatios(t: Tridiagonal): void {
  const n = t.d.length;
  const d0 = t.d.slice(),
    e0 = t.e.slice();
  const {values, vectors} = eighTridiagonal(t.d, t.e);
  expect(t.d).toEqual(d0); // inputs untouched
  expect(t.e).toEqual(e0);
  expect(values.length).toBe(n);
  for (let i = 1; i < n; i++) expect(values[i]!).toBeGreaterThanOrEqual(values[i - 1]!);
  const T = dense(t);
  const norm = fro(T);
  const residual = ratio(reconstructionError(T, values, vectors), norm, n);
  const orthogonality = ratio(orthoDefect(vectors), 1, n);
  const qr = qrValues(t);
  const agreement = Math.max(
    valueAgreement(values, qr, norm),
    valueAgreement(eighTridiagonal(t.d, t.e, {eigvalsOnly: true}), qr, norm)
  );
  worst.residual = Math.max(worst.residual, residual);
  worst.orthogonality = Math.max(worst.orthogonality, orthogonality);
  worst.values = Math.max(worst.values, agreement);
  expect(residual).toBeLessThan(THRESHOLD);
  expect(orthogonality).toBeLessThan(THRESHOLD);
  expect(agreement).toBeLessThan(THRESHOLD);
}

function cases(): Tridiagonal[] {
  const out: Tridiagonal[] = [];
  for (const n of [1, 2, 25, 26, 50, 200, 500]) out.push(random(n, 100 + n));
  out.push(wilkinson(21), wilkinson(201), glued(5, 1e-12), glued(10, EPS), repeated(50));
  out.push(graded(60), graded(200));
  const diag = random(120, 7);
  out.push(tri("zero off-diagonals 120", diag.d, new Float64Array(119)));
  out.push(tri("identity 80", new Float64Array(80).fill(1), new Float64Array(79)));
  out.push(tri("zero 40", new Float64Array(40), new Float64Array(39)));
  // Heavy deflation: couplings far below ε·‖T‖ between blocks, and poles equal in pairs.
  const rng = testRng(31);
  out.push(
    tri(
      "couplings 1e-20 (everything deflates)",
      Array.from({length: 150}, rng.uniform),
      Array.from({length: 149}, () => 1e-20 * rng.uniform())
    ),
    tri(
      "equal pairs on the diagonal, couplings 1e-9",
      Array.from({length: 150}, (_, i) => Math.floor(i / 2) / 75),
      Array.from({length: 149}, () => 1e-9 * rng.uniform())
    )
  );
  const base = random(100, 5);
  out.push(
    scaled(base, "1e-300", 1e-300),
    scaled(base, "1e300", 1e300),
    scaled(base, "near overflow", SCALES.nearOverflow),
    scaled(base, "near underflow", SCALES.nearUnderflow)
  );
  return out;
}

for (const path of kernelPaths()) {
  describe(`eighTridiagonal (${path} kernels): LAPACK ratios below ${THRESHOLD}`, () => {
    let saved = getKernelPath();
    beforeAll(() => {
      saved = getKernelPath();
      setKernelPath(path);
    });
    afterAll(() => setKernelPath(saved));
    for (const t of cases()) it(t.name, () => checkRatios(t));
  });
}

/** ‖A − VΛVᵀ‖_F/(‖A‖_F·n·ε) and ‖I − VᵀV‖_F/(n·ε) for eigh's result on symmetric A. */
function eighRatios(A: Matrix): {residual: number; orthogonality: number} {
  const n = A.rows;
  const {values, vectors} = eigh(A);
  for (let i = 1; i < n; i++) expect(values[i]!).toBeGreaterThanOrEqual(values[i - 1]!);
  return {
    residual: ratio(reconstructionError(A, values, vectors), fro(A), n),
    orthogonality: ratio(orthoDefect(vectors), 1, n)
  };
}

const eighCases = (n: number) =>
  symmetricTypes(n, 3).filter(({name}) =>
    /random|clustered|rank|zero|identity|overflow|underflow/.test(name)
  );

for (const path of kernelPaths()) {
  describe(`eigh from the divide-and-conquer crossover on (${path} kernels)`, () => {
    let saved = getKernelPath();
    beforeAll(() => {
      saved = getKernelPath();
      setKernelPath(path);
    });
    afterAll(() => setKernelPath(saved));
    for (const {name, A} of eighCases(DIVIDE_CONQUER_MIN[path])) {
      it(`${A.rows}×${A.rows} ${name}`, () => {
        const {residual, orthogonality} = eighRatios(A);
        worstEigh.residual = Math.max(worstEigh.residual, residual);
        worstEigh.orthogonality = Math.max(worstEigh.orthogonality, orthogonality);
        expect(residual).toBeLessThan(THRESHOLD);
        expect(orthogonality).toBeLessThan(THRESHOLD);
        expect(valueAgreement(eigvalsh(A), eigh(A).values, fro(A))).toBeLessThan(THRESHOLD);
      });
    }
  });
}

/** max |λ_i − μ_i| / (scale·n·ε). */
function valueAgreement(l: Float64Array, m: Float64Array, scale: number): number {
  let err = 0;
  for (let i = 0; i < l.length; i++) err = Math.max(err, Math.abs(l[i]! - m[i]!));
  return ratio(err, scale, l.length);
}

describe("eighTridiagonal: properties", () => {
  // Orders past the leaf size, so merges run; entries from a few values (ties, exact zeros, equal
  // poles, everything deflating) or continuous ones, times a scale across the exponent range.
  const entry = fc.oneof(
    fc.constantFrom(0, 1, -1, 0.5, 2, 1e-9),
    fc.double({min: -1, max: 1, noNaN: true})
  );
  const tridiagonal = fc
    .tuple(
      fc.integer({min: 26, max: 90}),
      fc.constantFrom(1, 1e-150, 1e150, 2 ** -60),
      fc.array(entry, {minLength: 180, maxLength: 180})
    )
    .map(([n, c, x]) =>
      tri(
        `n = ${n}, scale ${c}`,
        x.slice(0, n).map((v) => v * c),
        x.slice(90, 90 + n - 1).map((v) => v * c)
      )
    );
  it("ratios below the threshold and values agreeing with QR", () => {
    fc.assert(
      fc.property(tridiagonal, (t) => {
        checkRatios(t);
      }),
      {numRuns: 100}
    );
  });
});

describe("eighTridiagonal: against known eigenvalues", () => {
  it("the (−1, 2, −1) matrix of order 300: λ_k = 2 − 2cos(kπ/301)", () => {
    const n = 300;
    const {values} = eighTridiagonal(new Float64Array(n).fill(2), new Float64Array(n - 1).fill(-1));
    let err = 0;
    for (let k = 1; k <= n; k++)
      err = Math.max(err, Math.abs(values[k - 1]! - (2 - 2 * Math.cos((k * Math.PI) / (n + 1)))));
    expect(ratio(err, 4, n)).toBeLessThan(THRESHOLD);
  });
  it("eigh below the crossover: tiny couplings beside zero diagonals (QR stalled on them)", () => {
    for (const t of [1e-200, 1e-300, 1e-310, 5e-324]) {
      const A = dense(tri("stall", [0, 0, 0, 0], [t, t, 1]));
      const {values, vectors} = eigh(A);
      expect(ratio(reconstructionError(A, values, vectors), fro(A), 4)).toBeLessThan(THRESHOLD);
      expect(ratio(orthoDefect(vectors), 1, 4)).toBeLessThan(THRESHOLD);
      const {values: dc} = eighTridiagonal([0, 0, 0, 0], [t, t, 1]);
      expect(valueAgreement(values, dc, 1)).toBeLessThan(THRESHOLD);
      // The root-free iteration scales a block of subnormal entries up by 2¹⁰⁷⁴ (it gave NaN).
      expect(valueAgreement(eigvalsh(A), dc, 1)).toBeLessThan(THRESHOLD);
      const only = eighTridiagonal([0, 0, 0, 0], [t, t, 1], {eigvalsOnly: true});
      expect(valueAgreement(only, dc, 1)).toBeLessThan(THRESHOLD);
    }
  });
  it("refuses a wrong off-diagonal length and non-finite entries", () => {
    expect(() => eighTridiagonal([1, 2, 3], [1])).toThrow(ShapeError);
    expect(() => eighTridiagonal([1, NaN], [1])).toThrow(NonFiniteError);
    expect(() => eighTridiagonal([1, 2], [Infinity])).toThrow(NonFiniteError);
    expect(() => eighTridiagonal([1, 2], [], {eigvalsOnly: true})).toThrow(ShapeError);
    expect(() => eighTridiagonal([1, 2], [NaN], {eigvalsOnly: true})).toThrow(NonFiniteError);
    const empty = eighTridiagonal([], []);
    expect(empty.values.length).toBe(0);
    expect(empty.vectors.shape).toEqual([0, 0]);
    expect(eighTridiagonal([], [], {eigvalsOnly: true}).length).toBe(0);
  });
});

interface ScipyCase {
  name: string;
  d: number[];
  e: number[];
  values: number[];
  /** vectors[i][k]: entry i of eigenvector k. */
  vectors: number[][];
}
const scipy: {scipy: string; cases: ScipyCase[]} = JSON.parse(
  readFileSync(new URL("../fixtures/tridiagonal.json", import.meta.url), "utf8")
);

/**
 * max over k of ‖z_k − ±z_ref,k‖·gap_k/(‖T‖·n·ε), the sign taken to match: by Davis and Kahan both
 * vectors lie within (residual)/gap_k of the true one, so for a backward stable pair this is O(1),
 * however close the eigenvalues (a small gap allows a large difference).
 */
function vectorAgreement(Z: Matrix, ref: ScipyCase, norm: number): number {
  const n = ref.d.length;
  let worstK = 0;
  for (let k = 0; k < n; k++) {
    let gap = n === 1 ? norm : Infinity;
    for (let j = 0; j < n; j++)
      if (j !== k) gap = Math.min(gap, Math.abs(ref.values[j]! - ref.values[k]!));
    let dot = 0;
    for (let i = 0; i < n; i++) dot += Z.data[i * n + k]! * ref.vectors[i]![k]!;
    const sign = dot < 0 ? -1 : 1;
    let dist = 0;
    for (let i = 0; i < n; i++) dist += (Z.data[i * n + k]! - sign * ref.vectors[i]![k]!) ** 2;
    worstK = Math.max(worstK, ratio(Math.sqrt(dist) * gap, norm, n));
  }
  return worstK;
}

describe(`eighTridiagonal against SciPy ${scipy.scipy}'s eigh_tridiagonal (fixtures)`, () => {
  for (const ref of scipy.cases) {
    it(`${ref.name}: values to 1e-13·‖T‖₂ (both paths), vectors by the LAPACK ratios`, () => {
      const t = tri(ref.name, ref.d, ref.e);
      const norm = Math.max(...ref.values.map(Math.abs));
      const expected = Float64Array.from(ref.values);
      const {values, vectors} = eighTridiagonal(ref.d, ref.e);
      const only = eighTridiagonal(ref.d, ref.e, {eigvalsOnly: true});
      for (const v of [values, only]) {
        let err = 0;
        for (let k = 0; k < v.length; k++) err = Math.max(err, Math.abs(v[k]! - expected[k]!));
        expect(err).toBeLessThanOrEqual(1e-13 * norm);
      }
      worst.scipyValues = Math.max(
        worst.scipyValues,
        valueAgreement(values, expected, norm),
        valueAgreement(only, expected, norm)
      );
      checkRatios(t);
      const agreement = vectorAgreement(vectors, ref, norm);
      worst.scipyVectors = Math.max(worst.scipyVectors, agreement);
      expect(agreement).toBeLessThan(THRESHOLD);
    });
  }
});

describe("secular equation of diag(d) + ρ·z·zᵀ", () => {
  /** Roots and differences for d, z, ρ. */
  function solve(d: Float64Array, z: Float64Array, rho: number) {
    const K = d.length;
    const lambda = new Float64Array(K),
      delta = new Float64Array(K * K);
    secularRoots(d, z, rho, lambda, delta);
    return {lambda, delta};
  }
  function update(d: Float64Array, z: Float64Array, rho: number): Matrix {
    const K = d.length;
    const M = new Matrix(K, K);
    for (let i = 0; i < K; i++)
      for (let j = 0; j < K; j++) M.data[i * K + j] = (i === j ? d[i]! : 0) + rho * z[i]! * z[j]!;
    return M;
  }
  function unit(z: Float64Array): Float64Array {
    const s = Math.sqrt(z.reduce((a, x) => a + x * x, 0));
    return z.map((x) => x / s);
  }
  it("roots match the eigenvalues of the dense matrix and interlace the poles", () => {
    const rng = testRng(77);
    for (const K of [1, 2, 3, 30, 120]) {
      const d = Float64Array.from({length: K}, rng.uniform).sort();
      const z = unit(Float64Array.from({length: K}, rng.uniform));
      const rho = 0.75;
      const {lambda, delta} = solve(d, z, rho);
      const ref = eigvalsh(update(d, z, rho));
      let err = 0;
      for (let j = 0; j < K; j++) {
        err = Math.max(err, Math.abs(lambda[j]! - ref[j]!));
        expect(lambda[j]!).toBeGreaterThan(d[j]!);
        if (j + 1 < K) expect(lambda[j]!).toBeLessThan(d[j + 1]!);
        // The stored differences carry the signs the eigenvector formula relies on.
        for (let i = 0; i < K; i++) expect(Math.sign(delta[j * K + i]!)).toBe(i <= j ? -1 : 1);
      }
      expect(ratio(err, 1 + rho, K)).toBeLessThan(THRESHOLD);
    }
  });
  it("poles 1e-13 apart: each root strictly between its poles, differences rightly signed", () => {
    const K = 40;
    const d = Float64Array.from({length: K}, (_, i) => 0.5 + i * 1e-13);
    const z = unit(Float64Array.from({length: K}, (_, i) => 1 + (i % 3)));
    const {lambda, delta} = solve(d, z, 1);
    for (let j = 0; j < K; j++) {
      expect(lambda[j]!).toBeGreaterThan(d[j]!);
      if (j + 1 < K) expect(lambda[j]!).toBeLessThan(d[j + 1]!);
      for (let i = 0; i < K; i++) expect(Math.sign(delta[j * K + i]!)).toBe(i <= j ? -1 : 1);
    }
    // The last root carries the update's weight: d_max + ρ·‖z‖² to first order.
    expect(Math.abs(lambda[K - 1]! - 1.5)).toBeLessThan(1e-11);
  });
});
