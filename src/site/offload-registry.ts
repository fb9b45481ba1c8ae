// What a page may run in the background worker (docs/components/offload.ts): the library's pure
// functions, by module and name, each module loaded when first called. The worker bundles this file
// (src/site/offload-worker.ts); where there is no Worker (the cells test under happy-dom)
// offload.ts imports it and runs inline.
export const registry = {
  calculus: () => import("../calculus/index.js"),
  compare: () => import("../experiments/compare.js"),
  conditioning: () => import("../experiments/conditioning.js"),
  dataMatrices: () => import("../experiments/dataMatrices.js"),
  definiteness: () => import("../experiments/definiteness.js"),
  drills: () => import("../experiments/drills.js"),
  gradients: () => import("../experiments/gradients.js"),
  leastSquares: () => import("../experiments/leastSquares.js"),
  lowRank: () => import("../experiments/lowRank.js"),
  matrixCompletion: () => import("../experiments/matrixCompletion.js"),
  planeGeometry: () => import("../experiments/planeGeometry.js"),
  sourceScript: () => import("../experiments/sourceScript/index.js"),
  spectra: () => import("../experiments/spectra.js"),
  subspaces: () => import("../experiments/subspaces.js"),
  timing: () => import("../experiments/timing.js"),
  linalg: () => import("../linalg/index.js"),
  random: () => import("../random/index.js")
};

/** The registry's type: offload() checks module and function names and arguments against it. */
export type Registry = {[M in keyof typeof registry]: Awaited<ReturnType<(typeof registry)[M]>>};

/**
 * Call `registry[module][fn](...args)`, loading the module first (the worker fetches only the
 * modules its pages call); an unknown name is a page bug, refused in words.
 */
export async function run(module: string, fn: string, args: readonly unknown[]): Promise<unknown> {
  const load = Object.hasOwn(registry, module) ? registry[module as keyof Registry] : undefined;
  const namespace = (await load?.()) as Record<string, unknown> | undefined;
  const f = namespace && Object.hasOwn(namespace, fn) ? namespace[fn] : undefined;
  if (typeof f !== "function") {
    throw new TypeError(`offload: ${module}.${fn} is not a function of the library's registry`);
  }
  return f(...args);
}
