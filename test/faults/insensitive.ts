// Pages where a fault changed a routine's result yet no check can see it, and why (reviewed by hand;
// test/faults/run.ts reads it). A fault counts on a page only when it acted there (faults.ts: hit()).
const onlyQ =
  "uses qr only for the Q of random matrices (to build test matrices); the fault negates R's first " +
  "row and leaves Q as it was, so nothing the page computes changes";
const noSigmaNearCutoff =
  "its pinv inputs have no singular value between 1e-15·σ₁ and 1e-13·σ₁ (they are well " +
  "separated or exactly rank-deficient), so both cutoffs keep the same σ and A⁺ is unchanged";

/** svd factors a tall matrix (m ≥ 2.25n values only, m ≥ 3n with vectors) as A = QR first. */
const rowSign =
  "negating R's first row multiplies R on the left by an orthogonal diagonal, so the singular " +
  "values and the right singular vectors of R, and so of A, do not change; only U does";
const valuesOnly = `${rowSign}. The page reaches qr only through svd's values (norm 2, cond, rank)`;

export const insensitive: Record<string, Record<string, string>> = {
  "householder-sign": {
    "docs/deep-dive/01-linear-maps.md":
      `${valuesOnly}, and through full SVDs of six tall rank-k matrices whose trailing left ` +
      "singular vectors it tests; those span R's trailing rows (zero to round-off), which the " +
      "negated first row leaves alone, so they move by O(ε), under the check's 1e-14",
    "docs/deep-dive/02-eigendecomposition.md": `${rowSign}. Its one tall SVD (PCA of 200×4 centred data) uses σ and V only`,
    "docs/deep-dive/06-matrix-norms.md": valuesOnly,
    "docs/deep-dive/07-condition-number.md": onlyQ,
    "docs/deep-dive/09-gotchas.md": onlyQ
  },
  "pinv-cutoff": {
    "docs/deep-dive/08-projections.md": noSigmaNearCutoff,
    "docs/deep-dive/10-top-questions.md": noSigmaNearCutoff
  },
  "eigh-values": {
    "docs/deep-dive/12-further-reading.md":
      "uses eigh only to count zero eigenvalues of AᵀA (null-space size); a 1e-8 change of the " +
      "largest eigenvalue cannot change that count"
  },
  "solve-last": {
    "docs/derivations/05-matrix-calculus.md":
      "solve runs only inside articleScript's least-squares block; the page uses that run's " +
      "gradient check, never its least-squares figures"
  }
};
