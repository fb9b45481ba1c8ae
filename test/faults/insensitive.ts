// Pages that call a faulted routine yet cannot see the fault, and why (reviewed by hand; test/faults/run.ts reads it).
export const insensitive: Record<string, Record<string, string>> = {
  "norm-1-inf-swapped": {
    "docs/deep-dive/01-linear-maps.md": "calls norm only with ord 2 or 'fro' and on vectors; the fault " +
      "changes ord 1 and ∞ on matrices only",
    "docs/deep-dive/02-eigendecomposition.md": "calls norm only with ord 2 and on vectors; the fault " +
      "changes ord 1 and ∞ on matrices only",
    "docs/deep-dive/03-svd.md": "calls norm only with ord 2 or 'fro' and on vectors; the fault changes " +
      "ord 1 and ∞ on matrices only"
  }
};
