// The claims ledger: every checkable claim of the two source texts, each decided by live checks on its page.

/**
 * How a claim of a source text fares against computation.
 * - "true": holds as the text states it.
 * - "conditional": holds only under a condition the text leaves out (stated in `condition`).
 * - "imprecise": the idea is right but the statement, as written, is not (wrong wording, missing scale, loose bound).
 * - "false": the computation contradicts it.
 */
export type Verdict = "true" | "conditional" | "imprecise" | "false";

export interface Claim {
  /** `DD-3.4` (Deep Dive, section 3, claim 4), `MD-4.16` (Derivations), `MD-S.n` (summary), `MD-R.n` (references). */
  id: string;
  /** The claim, in our own words (never a sentence of the source). */
  claim: string;
  verdict: Verdict;
  /** One line: why this verdict. */
  reason: string;
  /** For "conditional": the condition the claim needs. */
  condition?: string;
  /** One line: what the page's checks compare to decide it (two independent routes). */
  decidedBy: string;
}
