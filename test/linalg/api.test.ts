// Cross-cutting API contract over every export of src/linalg and src/calculus: no mutation, typed errors, NumPy's empty shapes.
import {describe, expect, it} from "vitest";
import * as L from "../../src/linalg/index.js";
import {Matrix, NonFiniteError, ShapeError} from "../../src/linalg/index.js";
import * as C from "../../src/calculus/index.js";

// ---------------------------------------------------------------------------------------------
// Argument descriptions. Every call site is built from fresh arguments so each form can be tested.

type ArgKind = "matrix" | "vector" | "fixed";
interface ArgSpec {
  kind: ArgKind;
  /** The numeric content (matrix as rows, vector as entries); for "fixed", the value itself. */
  value: unknown;
}
const mat = (rows: number[][]): ArgSpec => ({kind: "matrix", value: rows});
const vec = (v: number[]): ArgSpec => ({kind: "vector", value: v});
const fixed = (v: unknown): ArgSpec => ({kind: "fixed", value: v});

/** An SPD, well-conditioned, non-symmetric-looking-enough 3×3 (symmetric so eigh/cholesky accept it). */
const SPD = [
  [4, 1, 0.5],
  [1, 3, 0.25],
  [0.5, 0.25, 2]
];
/** A general nonsymmetric 3×3 with a complex pair (eig exercises both branches). */
const GEN = [
  [1, -2, 0.5],
  [2, 1, 0.25],
  [0.1, 0.3, 3]
];
const UPPER = [
  [2, 1, -1],
  [0, 3, 0.5],
  [0, 0, 1.5]
];
const TALL = [
  [1, 2],
  [3, 4],
  [5, 7]
];
const WIDE = [
  [1, 2, 3],
  [4, 5, 7]
];
const B3 = [1, -2, 0.5];
const B32 = [
  [1, 0],
  [-2, 1],
  [0.5, 3]
];

interface Case {
  label: string;
  /** The function name NonFiniteError should carry (its `fn`), or null when the routine does not validate. */
  fn: string | null;
  args: ArgSpec[];
  call: (...args: any[]) => unknown;
}

const sq = (x: Float64Array) => {
  let s = 0;
  for (const v of x) s += v * v;
  return s;
};

/** Every exported routine with at least one representative call. */
const CASES: Case[] = [
  // Constructors and ops (no finiteness checks: they propagate NaN as NumPy does).
  {label: "diag(vector)", fn: null, args: [vec(B3)], call: (v) => L.diag(v)},
  {label: "diag(matrix)", fn: null, args: [mat(GEN)], call: (a) => L.diag(a)},
  {
    label: "fromColumns",
    fn: null,
    args: [
      fixed([
        [1, 2],
        [3, 4],
        [5, 6]
      ])
    ],
    call: (c) => L.fromColumns(c)
  },
  {
    label: "fromRows",
    fn: null,
    args: [mat(TALL)],
    call: (r) => L.fromRows(r instanceof Matrix ? r.toArray() : r)
  },
  {label: "matmul(A, B)", fn: null, args: [mat(GEN), mat(B32)], call: (a, b) => L.matmul(a, b)},
  {label: "matmul(A, x)", fn: null, args: [mat(GEN), vec(B3)], call: (a, x) => L.matmul(a, x)},
  {
    label: "matvec",
    fn: null,
    args: [mat(GEN), vec(B3)],
    call: (a, x) =>
      L.matvec(
        a instanceof Matrix ? a : Matrix.from(a),
        x instanceof Float64Array ? x : Float64Array.from(x)
      )
  },
  {label: "transpose", fn: null, args: [mat(WIDE)], call: (a) => L.transpose(a)},
  {label: "add", fn: null, args: [mat(GEN), mat(SPD)], call: (a, b) => L.add(a, b)},
  {label: "sub", fn: null, args: [mat(GEN), mat(SPD)], call: (a, b) => L.sub(a, b)},
  {label: "hadamard", fn: null, args: [mat(GEN), mat(SPD)], call: (a, b) => L.hadamard(a, b)},
  {label: "scale", fn: null, args: [fixed(2.5), mat(GEN)], call: (s, a) => L.scale(s, a)},
  {label: "outer", fn: null, args: [vec(B3), vec([1, 2])], call: (u, v) => L.outer(u, v)},
  {label: "dot", fn: null, args: [vec(B3), vec([3, 1, 4])], call: (u, v) => L.dot(u, v)},
  {label: "trace", fn: null, args: [mat(GEN)], call: (a) => L.trace(a)},
  {label: "vadd", fn: null, args: [vec(B3), vec([3, 1, 4])], call: (u, v) => L.vadd(u, v)},
  {label: "vsub", fn: null, args: [vec(B3), vec([3, 1, 4])], call: (u, v) => L.vsub(u, v)},
  {label: "vscale", fn: null, args: [fixed(-3), vec(B3)], call: (s, v) => L.vscale(s, v)},
  {label: "scaledNorm2", fn: null, args: [vec(B3)], call: (v) => L.scaledNorm2(v)},
  // Factorizations.
  {label: "qr", fn: "qr", args: [mat(TALL)], call: (a) => L.qr(a)},
  {label: "qr complete", fn: "qr", args: [mat(WIDE)], call: (a) => L.qr(a, {mode: "complete"})},
  {label: "cholesky", fn: "cholesky", args: [mat(SPD)], call: (a) => L.cholesky(a)},
  {label: "lu", fn: "lu", args: [mat(TALL)], call: (a) => L.lu(a)},
  {label: "luFactor", fn: "luFactor", args: [mat(GEN)], call: (a) => L.luFactor(a)},
  {label: "svd", fn: "svd", args: [mat(WIDE)], call: (a) => L.svd(a)},
  {label: "svd full", fn: "svd", args: [mat(TALL)], call: (a) => L.svd(a, {fullMatrices: true})},
  {label: "svd values", fn: "svd", args: [mat(GEN)], call: (a) => L.svd(a, {computeUV: false})},
  {label: "svdvals", fn: "svdvals", args: [mat(GEN)], call: (a) => L.svdvals(a)},
  {label: "eig", fn: "eig", args: [mat(GEN)], call: (a) => L.eig(a)},
  {label: "eigvals", fn: "eigvals", args: [mat(GEN)], call: (a) => L.eigvals(a)},
  {label: "hessenberg", fn: "hessenberg", args: [mat(GEN)], call: (a) => L.hessenberg(a)},
  {label: "eigh", fn: "eigh", args: [mat(SPD)], call: (a) => L.eigh(a)},
  {label: "eigvalsh", fn: "eigvalsh", args: [mat(SPD)], call: (a) => L.eigvalsh(a)},
  {
    label: "eighTridiagonal",
    fn: "eighTridiagonal",
    args: [vec(B3), vec([0.75, -1])],
    call: (d, e) => L.eighTridiagonal(d, e)
  },
  {
    label: "eighTridiagonal eigvalsOnly",
    fn: "eighTridiagonal",
    args: [vec(B3), vec([0.75, -1])],
    call: (d, e) => L.eighTridiagonal(d, e, {eigvalsOnly: true})
  },
  // Solvers.
  {
    label: "solveTriangular(T, b)",
    fn: "solveTriangular",
    args: [mat(UPPER), vec(B3)],
    call: (t, b) => L.solveTriangular(t, b)
  },
  {
    label: "solveTriangular(T, B) lower trans",
    fn: "solveTriangular",
    args: [mat(UPPER.map((r, i) => r.map((_, j) => UPPER[j]![i]!))), mat(B32)],
    call: (t, b) => L.solveTriangular(t, b, {lower: true, trans: true})
  },
  {label: "solve(A, b)", fn: "solve", args: [mat(GEN), vec(B3)], call: (a, b) => L.solve(a, b)},
  {label: "solve(A, B)", fn: "solve", args: [mat(GEN), mat(B32)], call: (a, b) => L.solve(a, b)},
  {
    label: "luSolve",
    fn: "luSolve",
    args: [fixed(null), vec(B3)],
    call: (_f, b) => L.luSolve(L.luFactor(GEN), b)
  },
  {label: "inv", fn: "inv", args: [mat(GEN)], call: (a) => L.inv(a)},
  {label: "det", fn: "det", args: [mat(GEN)], call: (a) => L.det(a)},
  {label: "slogdet", fn: "slogdet", args: [mat(GEN)], call: (a) => L.slogdet(a)},
  {label: "lstsq qr", fn: "lstsq", args: [mat(TALL), vec(B3)], call: (a, b) => L.lstsq(a, b)},
  {
    label: "lstsq svd (matrix b)",
    fn: "lstsq",
    args: [mat(TALL), mat(B32)],
    call: (a, b) => L.lstsq(a, b, {method: "svd"})
  },
  {
    label: "lstsq normal (wide)",
    fn: "lstsq",
    args: [mat(WIDE), vec([1, 2])],
    call: (a, b) => L.lstsq(a, b, {method: "normal"})
  },
  // Derived quantities.
  {label: "projector", fn: "projector", args: [mat(TALL)], call: (a) => L.projector(a)},
  {label: "pinv", fn: "pinv", args: [mat(WIDE)], call: (a) => L.pinv(a)},
  {label: "norm(matrix) fro", fn: "norm", args: [mat(GEN)], call: (a) => L.norm(a)},
  {label: "norm(matrix, 2)", fn: "norm", args: [mat(GEN)], call: (a) => L.norm(a, 2)},
  {label: "norm(matrix, nuc)", fn: "norm", args: [mat(GEN)], call: (a) => L.norm(a, "nuc")},
  {label: "norm(matrix, -1)", fn: "norm", args: [mat(GEN)], call: (a) => L.norm(a, -1)},
  {label: "norm(matrix, Infinity)", fn: "norm", args: [mat(GEN)], call: (a) => L.norm(a, Infinity)},
  {label: "norm(vector)", fn: "norm", args: [vec(B3)], call: (v) => L.norm(v)},
  {label: "norm(vector, 3)", fn: "norm", args: [vec(B3)], call: (v) => L.norm(v, 3)},
  {
    label: "norm(vector, -Infinity)",
    fn: "norm",
    args: [vec(B3)],
    call: (v) => L.norm(v, -Infinity)
  },
  {label: "cond", fn: "cond", args: [mat(GEN)], call: (a) => L.cond(a)},
  {label: "cond fro", fn: "cond", args: [mat(GEN)], call: (a) => L.cond(a, "fro")},
  {label: "matrixRank", fn: "matrixRank", args: [mat(TALL)], call: (a) => L.matrixRank(a)},
  // Calculus.
  {
    label: "numericalGradient",
    fn: "numericalGradient",
    args: [fixed((x: Float64Array) => sq(x)), vec(B3)],
    call: (f, x) => C.numericalGradient(f, x)
  },
  {
    label: "numericalGradientMatrix",
    fn: "numericalGradientMatrix",
    args: [fixed((X: Matrix) => sq(X.data)), mat(TALL)],
    call: (f, X) => C.numericalGradientMatrix(f, X)
  },
  {
    label: "jacobian",
    fn: "jacobian",
    args: [fixed((x: Float64Array) => [x[0]! * x[1]!, Math.sin(x[2]!)]), vec(B3)],
    call: (g, x) => C.jacobian(g, x, {scheme: "forward"})
  },
  {
    label: "gradCheck (vector)",
    fn: "gradCheck",
    args: [
      fixed((x: Float64Array) => sq(x)),
      fixed((x: Float64Array) => x.map((v) => 2 * v)),
      vec(B3)
    ],
    call: (f, g, x) => C.gradCheck(f, g, x)
  },
  {
    label: "gradCheck (matrix)",
    fn: "gradCheck",
    args: [
      fixed((X: Matrix) => sq(X.data)),
      fixed(
        (X: Matrix) =>
          new Matrix(
            X.rows,
            X.cols,
            X.data.map((v) => 2 * v)
          )
      ),
      mat(TALL)
    ],
    call: (f, g, X) => C.gradCheck(f, g, X)
  }
];

/** The forms a numeric argument can take: [form name, builder]. */
const FORMS: Record<"matrix" | "vector", [string, (v: any) => unknown][]> = {
  matrix: [
    ["Matrix", (r: number[][]) => Matrix.from(r)],
    ["number[][]", (r: number[][]) => r.map((row) => row.slice())]
  ],
  vector: [
    ["Float64Array", (v: number[]) => Float64Array.from(v)],
    ["number[]", (v: number[]) => v.slice()]
  ]
};

/** Every combination of forms for the case's numeric arguments (2^k, k ≤ 2). */
function argSets(c: Case): {forms: string; args: unknown[]}[] {
  let sets: {forms: string[]; args: unknown[]}[] = [{forms: [], args: []}];
  for (const a of c.args) {
    if (a.kind === "fixed") {
      sets = sets.map((s) => ({forms: s.forms, args: [...s.args, a.value]}));
      continue;
    }
    const next: typeof sets = [];
    for (const s of sets)
      for (const [name, build] of FORMS[a.kind])
        next.push({forms: [...s.forms, name], args: [...s.args, build(a.value)]});
    sets = next;
  }
  return sets.map((s) => ({forms: s.forms.join(", ") || "-", args: s.args}));
}

/** A deep, independent copy of an argument's numeric content, for before/after comparison. */
function snapshot(x: unknown): unknown {
  if (x instanceof Matrix) return {rows: x.rows, cols: x.cols, data: Array.from(x.data)};
  if (x instanceof Float64Array) return {f64: Array.from(x)};
  if (Array.isArray(x)) return x.map(snapshot);
  return x;
}

/** Every Float64Array buffer reachable from a result (Matrices, vectors, nested objects). */
function buffers(x: unknown, out: ArrayBufferLike[] = []): ArrayBufferLike[] {
  if (x instanceof Matrix) out.push(x.data.buffer);
  else if (ArrayBuffer.isView(x)) out.push(x.buffer);
  else if (x && typeof x === "object") for (const v of Object.values(x)) buffers(v, out);
  return out;
}

describe("no exported function mutates its arguments, nor returns storage aliased to them", () => {
  for (const c of CASES) {
    for (const {forms, args} of argSets(c)) {
      it(`${c.label} (${forms})`, () => {
        const before = args.map(snapshot);
        const result = c.call(...args);
        expect(args.map(snapshot)).toEqual(before);
        const inputBuffers = new Set(buffers(args));
        for (const b of buffers(result))
          expect(inputBuffers.has(b), `${c.label}: result shares storage with an argument`).toBe(
            false
          );
        // The result is a fresh value: mutating it leaves the arguments alone.
        for (const b of buffers(result)) new Uint8Array(b).fill(0x7f);
        expect(args.map(snapshot)).toEqual(before);
      });
    }
  }

  it("luSolve leaves the factors it is given untouched (they can be reused)", () => {
    const f = L.luFactor(GEN);
    const before = {
      lu: Array.from(f.lu.data),
      piv: Array.from(f.piv),
      perm: Array.from(f.perm),
      zeroPivot: f.zeroPivot
    };
    const x1 = L.luSolve(f, B3),
      X2 = L.luSolve(f, B32);
    expect({
      lu: Array.from(f.lu.data),
      piv: Array.from(f.piv),
      perm: Array.from(f.perm),
      zeroPivot: f.zeroPivot
    }).toEqual(before);
    expect(Array.from(L.luSolve(f, B3))).toEqual(Array.from(x1));
    expect(L.luSolve(f, B32).toArray()).toEqual(X2.toArray());
  });

  it("inputs whose data is a view into a larger buffer are neither read outside the view nor written", () => {
    const big = Float64Array.from({length: 20}, (_, i) => ((i * 7) % 5) - 2 + (i === 4 ? 3 : 0));
    const snapshotBig = Array.from(big);
    const A = new Matrix(3, 3, big.subarray(4, 13));
    const dense = Matrix.from(A.toArray());
    for (const f of [
      L.qr,
      L.svd,
      L.lu,
      L.eig,
      L.eigh,
      L.inv,
      L.pinv,
      L.projector,
      L.hessenberg,
      (a: Matrix) => L.solve(a, B3),
      (a: Matrix) => L.lstsq(a, B3)
    ] as ((a: Matrix) => unknown)[]) {
      const r1 = JSON.stringify(f(A), (_k, v) =>
        ArrayBuffer.isView(v) ? Array.from(v as Float64Array) : v
      );
      const r2 = JSON.stringify(f(dense), (_k, v) =>
        ArrayBuffer.isView(v) ? Array.from(v as Float64Array) : v
      );
      expect(r1).toBe(r2);
    }
    expect(Array.from(big)).toEqual(snapshotBig);
  });

  it("calculus: a function that scribbles on its argument does not reach x", () => {
    const x = Float64Array.of(1, 2, 3);
    const f = (v: Float64Array) => {
      const s = sq(v);
      v.fill(NaN);
      return s;
    };
    const g = C.numericalGradient(f, x);
    expect(Array.from(x)).toEqual([1, 2, 3]);
    for (let i = 0; i < 3; i++) expect(g[i]).toBeCloseTo(2 * x[i]!, 6);
    const X = Matrix.from([
      [1, 2],
      [3, 4]
    ]);
    const G = C.numericalGradientMatrix((M: Matrix) => {
      const s = sq(M.data);
      M.data.fill(NaN);
      return s;
    }, X);
    expect(X.toArray()).toEqual([
      [1, 2],
      [3, 4]
    ]);
    expect(Array.from(G.data).map((v) => Math.round(v * 1e6) / 1e6)).toEqual([2, 4, 6, 8]);
    const J = C.jacobian((v: Float64Array) => {
      const out = [v[0]! * v[1]!];
      v.fill(NaN);
      return out;
    }, x);
    expect(Array.from(x)).toEqual([1, 2, 3]);
    expect(J.get(0, 0)).toBeCloseTo(2, 6);
    const chk = C.gradCheck(
      f,
      (v: Float64Array) => {
        const out = v.map((t) => 2 * t);
        v.fill(NaN);
        return out;
      },
      x
    );
    expect(Array.from(x)).toEqual([1, 2, 3]);
    expect(chk.relError).toBeLessThan(1e-8);
  });
});

// ---------------------------------------------------------------------------------------------

/** The argument with a non-finite value placed at (i, j) (j ignored for vectors). */
function poisoned(spec: ArgSpec, i: number, j: number, bad: number): number[][] | number[] {
  if (spec.kind === "matrix") {
    const rows = (spec.value as number[][]).map((r) => r.slice());
    rows[i]![j] = bad;
    return rows;
  }
  const v = (spec.value as number[]).slice();
  v[i] = bad;
  return v;
}

describe("NaN and ±Infinity are refused with NonFiniteError naming the function, row and column", () => {
  for (const c of CASES.filter((c) => c.fn !== null)) {
    c.args.forEach((spec, position) => {
      if (spec.kind === "fixed") return;
      it(`${c.label}, argument ${position}`, () => {
        const shape =
          spec.kind === "matrix"
            ? [(spec.value as number[][]).length, (spec.value as number[][])[0]!.length]
            : [(spec.value as number[]).length, 1];
        const spots: [number, number][] = [
          [0, 0],
          [shape[0]! - 1, shape[1]! - 1],
          [Math.min(1, shape[0]! - 1), shape[1]! - 1]
        ];
        for (const bad of [NaN, Infinity, -Infinity]) {
          for (const [i, j] of spots) {
            for (const [form, build] of FORMS[spec.kind as "matrix" | "vector"]) {
              const args = c.args.map((s, k) =>
                k === position
                  ? build(poisoned(spec, i, j, bad))
                  : s.kind === "fixed"
                    ? s.value
                    : FORMS[s.kind as "matrix" | "vector"][0]![1](s.value)
              );
              let err: unknown;
              try {
                c.call(...args);
              } catch (e) {
                err = e;
              }
              const where = `${c.label} ${form} with ${bad} at (${i}, ${j})`;
              expect(err, where).toBeInstanceOf(NonFiniteError);
              const nf = err as NonFiniteError;
              expect([nf.row, nf.col], where).toEqual([i, spec.kind === "vector" ? 0 : j]);
              expect(Object.is(nf.value, bad), where).toBe(true);
              expect(nf.fn, where).toBe(c.fn);
              expect(nf.message, where).toContain(`row ${i}`);
            }
          }
        }
      });
    });
  }

  it("the first non-finite entry in row-major order is the one named", () => {
    const A = [
      [1, 2, 3],
      [4, Infinity, 6],
      [NaN, 8, 9]
    ];
    for (const f of [L.svd, L.qr, L.lu, L.pinv, L.matrixRank, L.projector, L.norm]) {
      expect(() => f(A)).toThrow(/row 1, column 1/);
    }
  });
});

// ---------------------------------------------------------------------------------------------

function thrown(f: () => unknown): Error {
  try {
    f();
  } catch (e) {
    return e as Error;
  }
  throw new Error("expected a throw");
}

describe("shape errors are ShapeErrors naming both shapes", () => {
  const A23 = Matrix.from(WIDE),
    A32 = Matrix.from(TALL),
    A33 = Matrix.from(GEN);
  const cases: [string, () => unknown, string[]][] = [
    ["matmul (2,3)@(2,3)", () => L.matmul(A23, A23), ["(2, 3)", "(2, 3)"]],
    ["matmul (3,2)@(3,3)", () => L.matmul(A32, A33), ["(3, 2)", "(3, 3)"]],
    ["matmul (2,3)@vector(2)", () => L.matmul(A23, [1, 2]), ["(2, 3)", "(2,)"]],
    ["matvec (3,2)·(3,)", () => L.matvec(A32, Float64Array.of(1, 2, 3)), ["(3, 2)", "(3,)"]],
    ["add", () => L.add(A23, A32), ["(2, 3)", "(3, 2)"]],
    ["sub", () => L.sub(A33, A32), ["(3, 3)", "(3, 2)"]],
    ["hadamard", () => L.hadamard(A32, A23), ["(3, 2)", "(2, 3)"]],
    ["solve with b of length 2", () => L.solve(A33, [1, 2]), ["(3, 3)", "(2,)"]],
    ["solve with B of shape (2, 3)", () => L.solve(A33, A23), ["(3, 3)", "(2, 3)"]],
    [
      "solveTriangular with b of length 4",
      () => L.solveTriangular(UPPER, [1, 2, 3, 4]),
      ["(3, 3)", "(4,)"]
    ],
    ["solveTriangular with B (2, 3)", () => L.solveTriangular(UPPER, A23), ["(3, 3)", "(2, 3)"]],
    ["luSolve with b of length 2", () => L.luSolve(L.luFactor(A33), [1, 2]), ["(3, 3)", "(2,)"]],
    ["lstsq with b of length 2", () => L.lstsq(A32, [1, 2]), ["(3, 2)", "(2,)"]],
    ["lstsq with B (2, 3)", () => L.lstsq(A32, A23), ["(3, 2)", "(2, 3)"]],
    ["eighTridiagonal with e of length 1", () => L.eighTridiagonal(B3, [1]), ["(3,)", "(1,)"]],
    [
      "eighTridiagonal eigvalsOnly with e of length 3",
      () => L.eighTridiagonal(B3, B3, {eigvalsOnly: true}),
      ["(3,)", "(2,)"]
    ],
    [
      "lstsq svd with b of length 4",
      () => L.lstsq(A32, [1, 2, 3, 4], {method: "svd"}),
      ["(3, 2)", "(4,)"]
    ]
  ];
  for (const [label, f, shapes] of cases) {
    it(label, () => {
      const e = thrown(f);
      expect(e).toBeInstanceOf(ShapeError);
      for (const s of shapes) expect(e.message).toContain(s);
    });
  }

  it("vector length mismatches name both lengths", () => {
    for (const f of [L.dot, L.vadd, L.vsub] as ((u: number[], v: number[]) => unknown)[]) {
      const e = thrown(() => f([1, 2, 3], [1, 2]));
      expect(e).toBeInstanceOf(ShapeError);
      expect(e.message).toMatch(/3/);
      expect(e.message).toMatch(/2/);
    }
  });

  it("every square-only routine refuses a non-square matrix with a ShapeError giving its shape", () => {
    const square: [string, (a: Matrix) => unknown][] = [
      ["cholesky", L.cholesky],
      ["solve", (a) => L.solve(a, [1, 2])],
      ["inv", L.inv],
      ["det", L.det],
      ["slogdet", L.slogdet],
      ["eig", L.eig],
      ["eigvals", L.eigvals],
      ["eigh", L.eigh],
      ["eigvalsh", L.eigvalsh],
      ["hessenberg", L.hessenberg],
      ["solveTriangular", (a) => L.solveTriangular(a, [1, 2])],
      ["cond fro", (a) => L.cond(a, "fro")],
      ["cond 1", (a) => L.cond(a, 1)],
      ["luSolve", (a) => L.luSolve(L.luFactor(a), [1, 2])]
    ];
    for (const [name, f] of square) {
      for (const A of [A23, A32, new Matrix(0, 3), new Matrix(3, 0)]) {
        const e = thrown(() => f(A));
        expect(e, `${name} ${A.rows}×${A.cols}`).toBeInstanceOf(ShapeError);
        expect(e.message, name).toContain(`(${A.rows}, ${A.cols})`);
      }
    }
  });

  it("cond(A, 2) and cond(A, -2) accept rectangular A, as NumPy", () => {
    expect(L.cond(A32)).toBeGreaterThan(1);
    expect(L.cond(A23, -2)).toBeLessThan(1);
  });
});

describe("ragged number[][] input is refused, naming the row", () => {
  const raggedShort = [
    [1, 2, 3],
    [4, 5],
    [6, 7, 8]
  ];
  const raggedLong = [
    [1, 2],
    [3, 4],
    [5, 6, 7]
  ];
  const fns: [string, (a: number[][]) => unknown][] = [
    ["Matrix.from", (a) => Matrix.from(a)],
    ["fromRows", (a) => L.fromRows(a)],
    ["matmul (left)", (a) => L.matmul(a, [[1], [1], [1]])],
    ["matmul (right)", (a) => L.matmul([[1, 1, 1]], a)],
    ["transpose", L.transpose],
    ["add", (a) => L.add(a, a)],
    ["trace", L.trace],
    ["scale", (a) => L.scale(2, a)],
    ["diag", (a) => L.diag(a)],
    ["qr", L.qr],
    ["cholesky", L.cholesky],
    ["lu", L.lu],
    ["luFactor", L.luFactor],
    ["svd", L.svd],
    ["eig", L.eig],
    ["eigvals", L.eigvals],
    ["hessenberg", L.hessenberg],
    ["eigh", L.eigh],
    ["eigvalsh", L.eigvalsh],
    ["solveTriangular", (a) => L.solveTriangular(a, [1, 2, 3])],
    ["solveTriangular (B)", (a) => L.solveTriangular(UPPER, a)],
    ["solve", (a) => L.solve(a, [1, 2, 3])],
    ["solve (B)", (a) => L.solve(GEN, a)],
    ["inv", L.inv],
    ["det", L.det],
    ["slogdet", L.slogdet],
    ["lstsq", (a) => L.lstsq(a, [1, 2, 3])],
    ["lstsq (B)", (a) => L.lstsq(GEN, a)],
    ["projector", L.projector],
    ["pinv", L.pinv],
    ["norm", (a) => L.norm(a)],
    ["norm 2", (a) => L.norm(a, 2)],
    ["cond", L.cond],
    ["matrixRank", L.matrixRank],
    ["numericalGradientMatrix", (a) => C.numericalGradientMatrix((X) => X.data[0]!, a)],
    [
      "gradCheck",
      (a) =>
        C.gradCheck(
          (X: Matrix) => X.data[0]!,
          (X: Matrix) => X,
          a
        )
    ]
  ];
  for (const [name, f] of fns) {
    it(name, () => {
      for (const [ragged, row] of [
        [raggedShort, 1],
        [raggedLong, 2]
      ] as const) {
        const e = thrown(() => f(ragged.map((r) => r.slice())));
        expect(e, name).toBeInstanceOf(ShapeError);
        expect(e.message, name).toContain(`row ${row}`);
      }
    });
  }
});

// ---------------------------------------------------------------------------------------------

/** [rows, cols] of a Matrix result, or [length] of a vector. */
function shapeOfResult(x: unknown): number[] {
  if (x instanceof Matrix) return [x.rows, x.cols];
  if (x instanceof Float64Array) return [x.length];
  throw new Error(`not an array: ${String(x)}`);
}

describe("empty shapes follow NumPy 2.x (numpy.linalg; scipy.linalg.lu for lu)", () => {
  // Expected shapes were read off NumPy 2.4 for np.zeros((m, n)); the script is in the report of this file.
  const E00 = new Matrix(0, 0),
    E03 = new Matrix(0, 3),
    E30 = new Matrix(3, 0);

  it("qr: reduced and complete", () => {
    const s = (r: {Q: Matrix; R: Matrix}) => [shapeOfResult(r.Q), shapeOfResult(r.R)];
    expect(s(L.qr(E00))).toEqual([
      [0, 0],
      [0, 0]
    ]);
    expect(s(L.qr(E03))).toEqual([
      [0, 0],
      [0, 3]
    ]);
    expect(s(L.qr(E30))).toEqual([
      [3, 0],
      [0, 0]
    ]);
    expect(s(L.qr(E00, {mode: "complete"}))).toEqual([
      [0, 0],
      [0, 0]
    ]);
    expect(s(L.qr(E03, {mode: "complete"}))).toEqual([
      [0, 0],
      [0, 3]
    ]);
    const c = L.qr(E30, {mode: "complete"});
    expect(s(c)).toEqual([
      [3, 3],
      [3, 0]
    ]);
    expect(c.Q.toArray()).toEqual(L.eye(3).toArray());
  });

  it("svd: thin, full, values only", () => {
    const s = (r: {U: Matrix; s: Float64Array; Vt: Matrix}) => [
      shapeOfResult(r.U),
      shapeOfResult(r.s),
      shapeOfResult(r.Vt)
    ];
    expect(s(L.svd(E00))).toEqual([[0, 0], [0], [0, 0]]);
    expect(s(L.svd(E03))).toEqual([[0, 0], [0], [0, 3]]);
    expect(s(L.svd(E30))).toEqual([[3, 0], [0], [0, 0]]);
    expect(s(L.svd(E03, {fullMatrices: true}))).toEqual([[0, 0], [0], [3, 3]]);
    expect(s(L.svd(E30, {fullMatrices: true}))).toEqual([[3, 3], [0], [0, 0]]);
    expect(L.svd(E03, {fullMatrices: true}).Vt.toArray()).toEqual(L.eye(3).toArray());
    for (const A of [E00, E03, E30]) expect(L.svd(A, {computeUV: false}).s.length).toBe(0);
  });

  it("lu: A = P L U stays consistent", () => {
    const s = (r: {P: Matrix; L: Matrix; U: Matrix}) => [
      shapeOfResult(r.P),
      shapeOfResult(r.L),
      shapeOfResult(r.U)
    ];
    expect(s(L.lu(E00))).toEqual([
      [0, 0],
      [0, 0],
      [0, 0]
    ]);
    expect(s(L.lu(E03))).toEqual([
      [0, 0],
      [0, 0],
      [0, 3]
    ]);
    // scipy returns P of shape (0, 0) here, which cannot multiply L (3, 0); the library's P is I₃, which can.
    expect(s(L.lu(E30))).toEqual([
      [3, 3],
      [3, 0],
      [0, 0]
    ]);
  });

  it("0×0: square routines give empty results, det 1, slogdet (1, 0)", () => {
    expect(shapeOfResult(L.cholesky(E00))).toEqual([0, 0]);
    expect(shapeOfResult(L.inv(E00))).toEqual([0, 0]);
    expect(L.det(E00)).toBe(1);
    expect(L.slogdet(E00)).toEqual({sign: 1, logabsdet: 0});
    expect(shapeOfResult(L.solve(E00, []))).toEqual([0]);
    const e = L.eig(E00);
    expect([e.re.length, e.im.length, ...shapeOfResult(e.vectorsRe)]).toEqual([0, 0, 0, 0]);
    const h = L.eigh(E00);
    expect([h.values.length, ...shapeOfResult(h.vectors)]).toEqual([0, 0, 0]);
    expect(L.eigvalsh(E00).length).toBe(0);
    expect(L.eigvals(E00).re.length).toBe(0);
  });

  it("pinv, matrixRank, projector", () => {
    expect(shapeOfResult(L.pinv(E03))).toEqual([3, 0]);
    expect(shapeOfResult(L.pinv(E30))).toEqual([0, 3]);
    for (const A of [E00, E03, E30]) expect(L.matrixRank(A)).toBe(0);
    expect(shapeOfResult(L.projector(E03))).toEqual([0, 0]);
    expect(L.projector(E30).toArray()).toEqual(new Matrix(3, 3).toArray());
  });

  it("norms: maxima over nothing are 0, minima over nothing are ShapeErrors; cond of empty is an error", () => {
    for (const A of [E00, E03, E30]) {
      for (const ord of ["fro", "nuc", 2, 1, Infinity] as const) expect(L.norm(A, ord)).toBe(0);
      expect(() => L.norm(A, -2)).toThrow(ShapeError);
      expect(() => L.cond(A)).toThrow(ShapeError);
    }
    // Column sums exist for (0, 3) (three zeros), not for (3, 0); row sums the other way round.
    expect(L.norm(E03, -1)).toBe(0);
    expect(() => L.norm(E30, -1)).toThrow(ShapeError);
    expect(L.norm(E30, -Infinity)).toBe(0);
    expect(() => L.norm(E03, -Infinity)).toThrow(ShapeError);
    expect(() => L.norm(E00, -1)).toThrow(ShapeError);
    expect(L.norm([])).toBe(0);
    expect(L.norm(new Float64Array(0), 1)).toBe(0);
  });

  it("lstsq: x, residuals, rank, s as NumPy", () => {
    const r00 = L.lstsq(E00, []);
    expect([r00.x.length, r00.residuals.length, r00.rank, r00.s.length]).toEqual([0, 0, 0, 0]);
    const r03 = L.lstsq(E03, []);
    expect([Array.from(r03.x), r03.residuals.length, r03.rank, r03.s.length]).toEqual([
      [0, 0, 0],
      0,
      0,
      0
    ]);
    const r30 = L.lstsq(E30, [1, 1, 1]);
    expect([r30.x.length, r30.residuals.length, r30.rank, r30.s.length]).toEqual([0, 1, 0, 0]);
    expect(r30.residuals[0]).toBeCloseTo(3, 14); // ‖b‖², up to the rounding of (√3)²
  });

  it("ops on empty operands", () => {
    expect(shapeOfResult(L.matmul(E30, new Matrix(0, 2)))).toEqual([3, 2]);
    expect(L.matmul(E30, new Matrix(0, 2)).toArray()).toEqual([
      [0, 0],
      [0, 0],
      [0, 0]
    ]);
    expect(shapeOfResult(L.matmul(E03, new Matrix(3, 2)))).toEqual([0, 2]);
    expect(shapeOfResult(L.transpose(E03))).toEqual([3, 0]);
    expect(L.trace(E30)).toBe(0);
    expect(shapeOfResult(L.diag([]))).toEqual([0, 0]);
    expect(shapeOfResult(L.diag(E30))).toEqual([0]);
  });
});

describe("1×1 inputs behave as scalars in every routine", () => {
  it("factorizations and solvers on [[-2]]", () => {
    const A = [[-2]];
    const {Q, R} = L.qr(A);
    expect(Math.abs(Q.get(0, 0))).toBe(1);
    expect(Q.get(0, 0) * R.get(0, 0)).toBe(-2);
    const {U, s, Vt} = L.svd(A);
    expect(Array.from(s)).toEqual([2]);
    expect(U.get(0, 0) * 2 * Vt.get(0, 0)).toBe(-2);
    expect(L.lu(A).U.toArray()).toEqual([[-2]]);
    expect(L.eigh(A).values[0]).toBe(-2);
    expect(Array.from(L.eig(A).re)).toEqual([-2]);
    expect(L.inv(A).toArray()).toEqual([[-0.5]]);
    expect(L.det(A)).toBe(-2);
    expect(L.slogdet(A)).toEqual({sign: -1, logabsdet: Math.log(2)});
    expect(Array.from(L.solve(A, [4]))).toEqual([-2]);
    expect(Array.from(L.lstsq(A, [4]).x)).toEqual([-2]);
    expect(L.pinv(A).toArray()).toEqual([[-0.5]]);
    expect(L.cond(A)).toBe(1);
    expect(L.matrixRank(A)).toBe(1);
    expect(L.projector(A).toArray()).toEqual([[1]]);
    expect(L.norm(A, "nuc")).toBe(2);
    expect(L.cholesky([[4]]).toArray()).toEqual([[2]]);
    expect(() => L.cholesky(A)).toThrow(L.NotPositiveDefiniteError);
    expect(() => L.inv([[0]])).toThrow(L.SingularMatrixError);
  });
});

describe("options and user functions are validated with typed errors", () => {
  it("unknown modes, orders and methods", () => {
    expect(() => L.qr(GEN, {mode: "r" as "reduced"})).toThrow(TypeError);
    expect(() => L.lstsq(TALL, B3, {method: "cholesky" as "qr"})).toThrow(TypeError);
    expect(() => L.norm(GEN, 3)).toThrow(RangeError);
    expect(() => L.norm(B3, "fro")).toThrow(RangeError);
    expect(() => L.norm(B3, NaN)).toThrow(RangeError);
    expect(() => L.cond(GEN, 3)).toThrow(RangeError);
  });

  it("tolerances: negative or NaN cutoffs are refused by pinv and matrixRank", () => {
    for (const bad of [-1, NaN]) {
      expect(() => L.pinv(TALL, {rcond: bad})).toThrow(RangeError);
      expect(() => L.matrixRank(TALL, bad)).toThrow(RangeError);
    }
  });

  it("constructors refuse impossible shapes", () => {
    for (const bad of [-1, 2.5, NaN]) {
      expect(() => L.zeros(bad)).toThrow(ShapeError);
      expect(() => L.eye(bad)).toThrow(ShapeError);
      expect(() => L.linspace(0, 1, bad)).toThrow(ShapeError);
    }
    expect(() => new Matrix(2, 2, new Float64Array(3))).toThrow(ShapeError);
    expect(() => L.fromColumns([[1, 2], [3]])).toThrow(/column 1/);
  });

  it("calculus: step and scheme, non-finite function values, changing output lengths, wrong gradient shapes", () => {
    const f = (x: Float64Array) => sq(x);
    for (const eps of [0, -1e-6, NaN, Infinity])
      expect(() => C.numericalGradient(f, B3, {eps})).toThrow(RangeError);
    expect(() => C.numericalGradient(f, B3, {scheme: "backward" as "central"})).toThrow(RangeError);
    expect(() => C.numericalGradient(() => NaN, B3)).toThrow(C.NonFiniteValueError);
    expect(() => C.numericalGradient((x) => (x[1]! > -2 ? 1 / 0 : 1), B3)).toThrow(
      C.NonFiniteValueError
    );
    expect(() => C.jacobian((x) => (x[0]! > 1 ? [1, 2] : [1]), B3)).toThrow(ShapeError);
    expect(() => C.jacobian(() => [Infinity], B3)).toThrow(C.NonFiniteValueError);
    expect(() => C.gradCheck(f, () => [1, 2], B3)).toThrow(ShapeError);
    expect(() =>
      C.gradCheck(
        (X: Matrix) => sq(X.data),
        () => [[1, 2]],
        TALL
      )
    ).toThrow(ShapeError);
    expect(() => C.gradCheck(f, () => [NaN, 0, 0], B3)).toThrow(C.NonFiniteValueError);
  });
});
