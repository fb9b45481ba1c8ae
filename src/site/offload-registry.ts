// What a page may run in the background worker (docs/components/offload.ts): the library's pure
// functions, by module and name. The worker bundles this file (src/site/offload-worker.ts); where
// there is no Worker (the cells test under happy-dom) offload.ts imports it and runs inline.
import * as calculus from "../calculus/index.js";
import * as compare from "../experiments/compare.js";
import * as conditioning from "../experiments/conditioning.js";
import * as dataMatrices from "../experiments/dataMatrices.js";
import * as definiteness from "../experiments/definiteness.js";
import * as drills from "../experiments/drills.js";
import * as gradients from "../experiments/gradients.js";
import * as leastSquares from "../experiments/leastSquares.js";
import * as lowRank from "../experiments/lowRank.js";
import * as matrixCompletion from "../experiments/matrixCompletion.js";
import * as planeGeometry from "../experiments/planeGeometry.js";
import * as sourceScript from "../experiments/sourceScript/index.js";
import * as spectra from "../experiments/spectra.js";
import * as subspaces from "../experiments/subspaces.js";
import * as timing from "../experiments/timing.js";
import * as linalg from "../linalg/index.js";
import * as random from "../random/index.js";

export const registry = {
  calculus,
  compare,
  conditioning,
  dataMatrices,
  definiteness,
  drills,
  gradients,
  leastSquares,
  lowRank,
  matrixCompletion,
  planeGeometry,
  sourceScript,
  spectra,
  subspaces,
  timing,
  linalg,
  random
};

/** The registry's type: offload() checks module and function names and arguments against it. */
export type Registry = typeof registry;

/** Call `registry[module][fn](...args)`; an unknown name is a page bug, refused in words. */
export function run(module: string, fn: string, args: readonly unknown[]): unknown {
  const namespace = (registry as Record<string, Record<string, unknown>>)[module];
  const f = namespace?.[fn];
  if (typeof f !== "function") {
    throw new TypeError(`offload: ${module}.${fn} is not a function of the library's registry`);
  }
  return f(...args);
}
