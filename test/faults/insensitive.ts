// Pages that call a faulted routine yet cannot see the fault, and why (reviewed by hand; test/faults/run.ts reads it).
const normOnly = (orders: string): string =>
  `calls norm only with ${orders} and on vectors; the fault changes ord 1 and ∞ on matrices only`;

export const insensitive: Record<string, Record<string, string>> = {
  "norm-1-inf-swapped": {
    "docs/deep-dive/01-linear-maps.md": normOnly("ord 2 or 'fro'"),
    "docs/deep-dive/02-eigendecomposition.md": normOnly("ord 2"),
    "docs/deep-dive/03-svd.md": normOnly("ord 2 or 'fro'"),
    "docs/derivations/01-vector-spaces.md": normOnly("ord 2 or 'fro'"),
    "docs/derivations/03-eigendecomposition.md": normOnly("ord 2 or 'fro'"),
    "docs/derivations/04-svd.md": normOnly("ord 2 or 'fro'"),
    "docs/derivations/05-matrix-calculus.md": normOnly("ord 2 or 'fro'")
  },
  "solve-last": {
    "docs/derivations/05-matrix-calculus.md":
      "solve runs only inside articleScript's least-squares block; the page uses that run's " +
      "gradient check, never its least-squares figures"
  }
};
