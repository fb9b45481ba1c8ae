// The inputs of the article's section-7 least-squares and gradient blocks, re-drawn from the seed in the script's order, for the analyses chapter 7 adds.
import {Matrix} from "../../linalg/matrix.js";
import {matmul} from "../../linalg/index.js";
import {Generator, PCG64, defaultRng} from "../../random/index.js";
import type {ArticleOptions} from "./script.js";

/** The least-squares block (A lsM×lsN, x_true, b = A x_true + lsNoise·e) and the gradient block (X, y, w_test). */
export interface ArticleDraws {
  A: Matrix;
  xTrue: Float64Array;
  b: Float64Array;
  X: Matrix;
  y: Float64Array;
  wTest: Float64Array;
}

/**
 * Replays defaultRng(seed) through the script's draws, in order and at the same sizes (defaults: the article's),
 * skipping the Eckart–Young block's three draws. The script's y uses OpenBLAS's matvec rounding; this uses the
 * library's matmul, so y may differ from NumPy's in the last bit.
 */
export function articleDraws(o: ArticleOptions = {}): ArticleDraws {
  const {
    seed = 42,
    m = 100,
    n = 80,
    trueRank = 10,
    lsM = 100,
    lsN = 10,
    lsNoise = 0.1,
    gradN = 100,
    gradD = 5,
    gradNoise = 0.1
  } = o;
  const rng = defaultRng(seed);
  rng.standardNormal([m, trueRank]);
  rng.standardNormal([n, trueRank]);
  rng.standardNormal([m, n]);
  const A = rng.standardNormal([lsM, lsN]);
  const xTrue = rng.standardNormal(lsN);
  const e = rng.standardNormal(lsM);
  const b = matmul(A, xTrue).map((v, i) => v + lsNoise * e[i]);
  const X = rng.standardNormal([gradN, gradD]);
  const wTrue = rng.standardNormal(gradD);
  const eg = rng.standardNormal(gradN);
  const y = matmul(X, wTrue).map((v, i) => v + gradNoise * eg[i]);
  const wTest = rng.standardNormal(gradD);
  return {A, xTrue, b, X, y, wTest};
}

/**
 * A new generator at `rng`'s current state: its draws continue the stream where `rng` stopped, and
 * drawing from it leaves `rng` untouched (NumPy: `copy.deepcopy(rng)`). Chapter 7's blocks run as
 * separate cells, so each block continues from the previous block's generator this way.
 */
export function continueFrom(rng: Generator): Generator {
  return new Generator(PCG64.fromState(rng.bitGenerator.state));
}
