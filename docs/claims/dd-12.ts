// Ledger: Deep Dive section 12, "Further reading" (page docs/deep-dive/12-further-reading.md).
import type {Claim} from "./types.js";

export const claims: Claim[] = [
  {
    id: "DD-12.1",
    claim: "Strang's text is built around the four fundamental subspaces, of dimensions r, n − r, r, m − r.",
    verdict: "true",
    reason: "Row rank = column rank and rank–nullity.",
    decidedBy: "rank from elimination pivots, dim N(A) and dim N(Aᵀ) by counting zero eigenvalues of AᵀA and AAᵀ (eigh), each basis verified (A·N ≈ 0), against r, n − r, m − r."
  },
  {
    id: "DD-12.2",
    claim: "Trefethen & Bau is about what breaks numerically, e.g. the normal equations square the condition number where Householder QR does not.",
    verdict: "true",
    reason: "Forward error of the normal equations grows like κ²ε, of QR like κε (consistent system).",
    decidedBy: "log–log slopes of measured forward errors against κ for both methods (≈ 2 and ≈ 1), and the errors at the largest κ shown."
  },
  {
    id: "DD-12.3",
    claim: "The Matrix Cookbook is a quick reference for matrix calculus, e.g. ∂tr(XᵀAX)/∂X = (A + Aᵀ)X.",
    verdict: "true",
    reason: "The identity follows from the differential tr(dXᵀAX + XᵀA dX).",
    decidedBy: "central differences of tr(XᵀAX) entry by entry against (A + Aᵀ)X, on several sizes and seeds."
  }
];
