import fc from "fast-check";
import {afterAll, describe, expect, it} from "vitest";
import {Matrix, NonFiniteError, ShapeError, projector, qr} from "../../src/linalg/index.js";
import {
  SHAPES,
  THRESHOLD,
  diffFro,
  fro,
  matrixTypes,
  mul,
  randomMatrix,
  ratio,
  testRng
} from "./generators.js";

const worst = {idempotent: 0, range: 0};
afterAll(() =>
  console.log(
    `projector max ratios: ‖P² − P‖/(mε) = ${worst.idempotent.toFixed(2)}, ‖PA − A‖/(m‖A‖ε) = ${worst.range.toFixed(2)}`
  )
);

function trace(P: Matrix): number {
  let t = 0;
  for (let i = 0; i < P.rows; i++) t += P.data[i * P.cols + i]!;
  return t;
}

/** Checks P against A: exact symmetry, P² = P, PA = A, trace P = rank. Returns the two ratios. */
function check(A: Matrix, P: Matrix, rank: number) {
  const m = A.rows;
  expect(P.shape).toEqual([m, m]);
  expect(diffFro(P, P.T)).toBe(0);
  const idempotent = ratio(diffFro(mul(P, P), P), 1, m);
  const range = ratio(diffFro(mul(P, A), A), fro(A), m);
  worst.idempotent = Math.max(worst.idempotent, idempotent);
  worst.range = Math.max(worst.range, range);
  expect(idempotent).toBeLessThan(THRESHOLD);
  expect(range).toBeLessThan(THRESHOLD);
  expect(Math.abs(trace(P) - rank)).toBeLessThan(1e-12 * Math.max(m, 1));
}

describe("projector: on every matrix type and shape", () => {
  for (const [m, n] of SHAPES) {
    for (const {name, A} of matrixTypes(m, n)) {
      it(`${m}×${n} ${name}`, () => {
        const P = projector(A);
        const expected =
          name === "zero"
            ? 0
            : name.startsWith("rank-deficient")
              ? Math.max(1, Math.floor(Math.min(m, n) / 2))
              : null;
        // Spectra reaching ε leave the rank to the cutoff: read it off the trace (it must be an integer).
        const rank = expected ?? Math.round(trace(P));
        check(A, P, rank);
        if (expected === null && !/UDVᵀ|geometric/.test(name)) expect(rank).toBe(Math.min(m, n));
      });
    }
  }
});

describe("projector: properties", () => {
  const arb = fc.tuple(
    fc.integer({min: 0, max: 7}),
    fc.integer({min: 0, max: 7}),
    fc.integer({min: 0, max: 7}),
    fc.integer({min: 0, max: 1e6})
  );
  it("for A = B C of rank r (B m×r, C r×n) P is the projector of rank r, and equals Q Qᵀ from B's QR", () => {
    fc.assert(
      fc.property(arb, ([m, n, r0, seed]) => {
        const r = Math.min(r0, m, n);
        const rng = testRng(seed);
        const B = randomMatrix(m, r, rng),
          C = randomMatrix(r, n, rng);
        const A = mul(B, C);
        const P = projector(A);
        check(A, P, r);
        const {Q} = qr(B);
        return diffFro(P, mul(Q, Q.T)) < 1e-9 * Math.max(1, r);
      })
    );
  });
  it("does not mutate its argument, and I − P projects onto the orthogonal complement", () => {
    fc.assert(
      fc.property(arb, ([m, n, , seed]) => {
        const A = randomMatrix(m, n, testRng(seed));
        const before = A.data.slice();
        const P = projector(A);
        const y = randomMatrix(m, 1, testRng(seed + 1));
        const res = y.data.map((v, i) => v - mul(P, y).data[i]!); // (I − P) y
        const leak = fro(mul(A.T, new Matrix(m, 1, res)));
        return (
          A.data.every((v, i) => v === before[i]) &&
          leak <= 1e3 * Number.EPSILON * Math.max(1, fro(A)) * Math.max(1, fro(y))
        );
      })
    );
  });
});

describe("projector: small cases and options", () => {
  it("onto the line through (1, 1): [[½, ½], [½, ½]]", () => {
    const P = projector([[1], [1]]);
    P.data.forEach((v) => expect(v).toBeCloseTo(0.5, 15));
  });
  it("a duplicated column does not change the projector (rank-revealing)", () => {
    expect(
      diffFro(
        projector([
          [1, 1],
          [1, 1],
          [0, 0]
        ]),
        projector([[1], [1], [0]])
      )
    ).toBeLessThan(1e-15);
  });
  it("tol drops small singular values", () => {
    const A = [
      [1, 0],
      [0, 1e-9],
      [0, 0]
    ];
    expect(trace(projector(A))).toBeCloseTo(2, 12);
    expect(projector(A, {tol: 1e-6}).toArray()).toEqual([
      [1, 0, 0],
      [0, 0, 0],
      [0, 0, 0]
    ]);
  });
  it("empty shapes", () => {
    expect(projector(new Matrix(0, 3)).shape).toEqual([0, 0]);
    expect(projector(new Matrix(3, 0)).toArray()).toEqual([
      [0, 0, 0],
      [0, 0, 0],
      [0, 0, 0]
    ]);
  });
  it("bad input: NonFiniteError names row and column; ragged input is refused", () => {
    expect(() =>
      projector([
        [1, 2],
        [NaN, 3]
      ])
    ).toThrow(NonFiniteError);
    expect(() =>
      projector([
        [1, 2],
        [NaN, 3]
      ])
    ).toThrow(/row 1, column 0/);
    expect(() => projector([[1, 2], [3]])).toThrow(ShapeError);
  });
});
