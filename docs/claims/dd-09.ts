// Ledger: Deep Dive section 9, "Common interview gotchas" (page docs/deep-dive/09-gotchas.md).
import type {Claim} from "./types.js";

export const claims: Claim[] = [
  {
    id: "DD-9.1",
    claim: "The rank is not always min(m, n): only a full-rank matrix reaches it; it can be lower.",
    verdict: "true",
    reason: "A product of a 4×2 and a 2×5 factor has rank at most 2 < min(4, 5).",
    decidedBy: "number of pivots of the reduced row echelon form (elimination) against the number of σ above tolerance (SVD), on low-rank products of several inner sizes."
  },
  {
    id: "DD-9.2",
    claim: "AᵀA is invertible only when A has full column rank.",
    verdict: "true",
    reason: "N(AᵀA) = N(A): xᵀAᵀAx = ‖Ax‖², so AᵀA is invertible exactly when Ax = 0 forces x = 0.",
    decidedBy: "a null vector of A (from the dependent column) sent to 0 by AᵀA, and for full column rank inv(AᵀA)·AᵀA against I, over several seeds."
  },
  {
    id: "DD-9.3",
    claim: "Unit eigenvectors of a symmetric matrix are unique only up to sign, and up to any rotation inside the eigenspace of a repeated eigenvalue.",
    verdict: "true",
    reason: "Any orthonormal basis of an eigenspace diagonalises the matrix; with distinct eigenvalues each eigenspace is a line.",
    decidedBy: "QΛQᵀ rebuilt from a rotated and from a sign-flipped basis against S, and eigh's vectors against the constructed ones up to sign for distinct eigenvalues."
  },
  {
    id: "DD-9.4",
    claim: "Dimension belongs to vector spaces, rank to matrices: rank = dim of the column space = dim of the row space.",
    verdict: "true",
    reason: "Row rank equals column rank; a 3×5 rank-2 matrix has domain dimension 5, codomain 3, image 2.",
    decidedBy: "pivots of the row echelon form of A and of Aᵀ (elimination) against the σ count from the SVD, on several rank-deficient matrices."
  },
  {
    id: "DD-9.5",
    claim: "For symmetric matrices the largest eigenvalue is the operator norm.",
    verdict: "imprecise",
    reason: "It is the largest absolute eigenvalue: diag(1, −5) is symmetric with λmax = 1 and ‖A‖₂ = 5; only for PSD matrices is it literally λmax.",
    decidedBy: "norm(A, 2) (SVD) against max |λ| from eigvalsh on random symmetric matrices, and λmax vs ‖A‖₂ on diag(1, −5)."
  },
  {
    id: "DD-9.6",
    claim: "In general the operator norm is the largest singular value (not related to the largest eigenvalue).",
    verdict: "true",
    reason: "‖A‖₂² = λmax(AᵀA); the shear [[1, t], [0, 1]] has eigenvalues 1, 1 and ‖A‖₂ = (t + √(t² + 4))/2.",
    decidedBy: "norm(A, 2) against √λmax(AᵀA) from eigh and against the shear's closed form; eig(shear) against 1, 1."
  },
  {
    id: "DD-9.7",
    claim: "Adam fixes bad conditioning only approximately: per-coordinate rescaling helps when the curvature varies axis by axis.",
    verdict: "true",
    reason: "Diagonal preconditioning maps an axis-aligned Hessian to κ = 1 but leaves a 45°-rotated one at its κ.",
    decidedBy: "eigvalsh of D^{-1/2}HD^{-1/2} against the closed forms κ = 1 (axis-aligned) and κ = 1000 (rotated 45°)."
  },
  {
    id: "DD-9.8",
    claim: "The sum of two PSD matrices is PSD.",
    verdict: "true",
    reason: "xᵀ(A + B)x = xᵀAx + xᵀBx ≥ 0.",
    decidedBy: "λmin(A + B) from eigvalsh above a round-off floor (−10⁻¹³(‖A‖ + ‖B‖)) and Weyl's λmin(A + B) ≥ λmin(A) + λmin(B), over 300 pairs of ranks 1–4."
  },
  {
    id: "DD-9.9",
    claim: "The product of two PSD matrices is PSD only if they commute.",
    verdict: "imprecise",
    reason: "AB is symmetric PSD exactly when A and B commute, but with the quadratic-form reading (xᵀABx ≥ 0) non-commuting PSD pairs can pass; and AB always has real eigenvalues ≥ 0.",
    decidedBy: "xᵀABx = −1 at x = (1, −2) for [[1,1],[1,1]]·diag(1,0); a non-commuting pair with λmin of the symmetric part of AB > 0; eig(AB) against eigvalsh(√A B √A)."
  }
];
