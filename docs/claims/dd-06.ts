// Ledger: Deep Dive §6, matrix norms (page docs/deep-dive/06-matrix-norms.md).
import type {Claim} from "./types.js";

export const claims: Claim[] = [
  {
    id: "DD-6.1",
    claim: "The Frobenius norm is the root of the sum of squared entries, = √tr(AᵀA) = √Σσᵢ².",
    verdict: "true",
    reason: "tr(AᵀA) sums the squared entries and equals Σσᵢ².",
    decidedBy: "norm(A, 'fro') against the sum of squares computed in the cell, on A/max|aᵢⱼ|."
  },
  {
    id: "DD-6.2",
    claim: "The operator (spectral) norm is the largest stretch max ‖Ax‖₂/‖x‖₂ = σ₁.",
    verdict: "true",
    reason: "Attained at the top right singular vector.",
    decidedBy: "norm(A, 2) against the 2×2 closed form σ₁² = (‖A‖_F² + √(‖A‖_F⁴ − 4det²))/2 (no " +
      "SVD), and the sampled stretch of the unit circle."
  },
  {
    id: "DD-6.3",
    claim: "The nuclear norm Σσᵢ is the convex relaxation of rank.",
    verdict: "true",
    reason: "It is convex and is the convex envelope of rank on the spectral-norm unit ball.",
    decidedBy: "norm(A, 'nuc') against √(‖A‖_F² + 2|det A|) (2×2) and Σ√λᵢ(XXᵀ) (eigh); " +
      "convexity on 100 random pairs; rank fails convexity; ‖A‖_* ≤ rank(A)·‖A‖₂ on 300 " +
      "matrices."
  },
  {
    id: "DD-6.4",
    claim: "The induced 1-norm is the maximum absolute column sum.",
    verdict: "true",
    reason: "The maximum of ‖Ax‖₁ over the unit 1-ball is attained at a vertex eⱼ.",
    decidedBy: "norm(A, 1) against column sums computed in the cell and against the largest ‖Aeⱼ‖₁."
  },
  {
    id: "DD-6.5",
    claim: "The induced ∞-norm is the maximum absolute row sum.",
    verdict: "true",
    reason: "The maximum of ‖Ax‖∞ over the unit ∞-ball is attained at a sign vector.",
    decidedBy: "norm(A, ∞) against row sums computed in the cell and against max ‖As‖∞ over all " +
      "sign vectors s."
  },
  {
    id: "DD-6.6",
    claim: "Frobenius is ML's default because it is the vector 2-norm of the flattened matrix.",
    verdict: "true",
    reason: "‖A‖_F = ‖vec A‖₂, with the simple gradient ∇‖W‖_F² = 2W.",
    decidedBy: "norm(A, 'fro') against Math.hypot of the flat data; finite-difference gradient " +
      "of ‖W‖_F² against 2W."
  },
  {
    id: "DD-6.7",
    claim: "The nuclear norm is the workhorse of low-rank matrix completion.",
    verdict: "true",
    reason: "Nuclear-norm minimisation (e.g. soft-impute) fits only the observed entries and " +
      "favours low rank.",
    decidedBy: "Soft-impute (iterated singular-value thresholding) on the rank-2 40×40 " +
      "half-observed matrix recovers the hidden entries far better than the truncated SVD of the " +
      "zero-filled matrix."
  }
];
