// Pages where a fault changed a routine's result yet no check can see it, and why (reviewed by hand;
// test/faults/run.ts reads it). A fault counts on a page only when it acted there (faults.ts: hit()).
export const insensitive: Record<string, Record<string, string>> = {
  "solve-last": {
    "docs/derivations/05-matrix-calculus.md":
      "solve runs only inside articleScript's least-squares block; the page uses that run's " +
      "gradient check, never its least-squares figures"
  }
};
