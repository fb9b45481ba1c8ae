// Ledger: Deep Dive §1, matrices as linear maps (page docs/deep-dive/01-linear-maps.md).
import type {Claim} from "./types.js";

export const claims: Claim[] = [
  {
    id: "DD-1.1",
    claim: "An m×n matrix A is a linear map from Rⁿ to Rᵐ, x ↦ Ax.",
    verdict: "true",
    reason: "Matrix–vector products are linear, and column j of A is the image of eⱼ.",
    decidedBy: "A(αx + βy) against αAx + βAy on seeded vectors; area of the image of the unit " +
      "square (shoelace formula) against |det A| (LU)."
  },
  {
    id: "DD-1.2",
    claim: "There are five fundamental subspaces: the classical four plus the null space of AᵀA " +
      "(or Aᵀ).",
    verdict: "imprecise",
    reason: "There are four. N(Aᵀ) is already the left null space, and N(AᵀA) equals N(A), so " +
      "neither is new.",
    decidedBy: "A basis of N(A) (from the SVD) is annihilated by AᵀA, and the count of zero " +
      "eigenvalues of AᵀA (eigh) equals dim N(A)."
  },
  {
    id: "DD-1.3",
    claim: "The column space C(A) is the set of outputs Ax the map can produce; its dimension is " +
      "the rank.",
    verdict: "true",
    reason: "Ax is a combination of the columns; each left singular vector uᵢ (i ≤ r) is reached " +
      "exactly.",
    decidedBy: "Images Ax of 20 random x have no component off span(u₁…u_r) (SVD), and r equals " +
      "the number of independent columns found by Gaussian elimination on Aᵀ."
  },
  {
    id: "DD-1.4",
    claim: "The null space N(A) = {x : Ax = 0}.",
    verdict: "true",
    reason: "Definition; the trailing right singular vectors span it.",
    decidedBy: "‖A·N‖ = 0 for the SVD basis N, and N's size against the zero eigenvalues of AᵀA " +
      "(eigh)."
  },
  {
    id: "DD-1.5",
    claim: "The row space is C(Aᵀ), the span of the rows, orthogonal to N(A).",
    verdict: "true",
    reason: "x ∈ N(A) means x is orthogonal to every row.",
    decidedBy: "The row-echelon rows of A (elimination, no SVD) are orthogonal to the SVD " +
      "null-space basis."
  },
  {
    id: "DD-1.6",
    claim: "The left null space is N(Aᵀ) = {y : Aᵀy = 0}, of dimension m − r, orthogonal to C(A).",
    verdict: "true",
    reason: "Definition; the trailing left singular vectors span it.",
    decidedBy: "‖Aᵀ·L‖ = 0 for the SVD basis L; its size against the zero eigenvalues of AAᵀ " +
      "(eigh)."
  },
  {
    id: "DD-1.7",
    claim: "Rank–nullity: rank(A) + dim N(A) = n.",
    verdict: "true",
    reason: "The n input directions split into those that survive and those sent to zero.",
    decidedBy: "rank from the SVD (matrixRank) plus nullity counted independently as the zero " +
      "eigenvalues of AᵀA (eigh), over 40 seeded matrices of several shapes and ranks."
  },
  {
    id: "DD-1.8",
    claim: "rank(Aᵀ) = rank(A): row rank equals column rank.",
    verdict: "true",
    reason: "Both equal the number of non-zero singular values; also dim C(AAᵀ) = dim C(AᵀA).",
    decidedBy: "Row rank by Gaussian elimination on A against column rank by elimination on Aᵀ " +
      "and the SVD rank, over 40 rank-deficient matrices of several shapes."
  },
  {
    id: "DD-1.9",
    claim: "rank(AB) ≤ min(rank A, rank B).",
    verdict: "true",
    reason: "C(AB) ⊆ C(A) and N(B) ⊆ N(AB); equality fails when C(B) meets N(A).",
    decidedBy: "The inequality over 200 seeded rank-deficient pairs, and a strict case (rank 2 < " +
      "3)."
  },
  {
    id: "DD-1.10",
    claim: "A is full rank when rank(A) = min(m, n).",
    verdict: "true",
    reason: "Definition; Gaussian random matrices are full rank with probability one.",
    decidedBy: "200 Gaussian matrices of assorted shapes all have rank min(m, n); a " +
      "full-column-rank A has a Cholesky factor of AᵀA, a rank-deficient one has λmin(AᵀA) at " +
      "round-off."
  }
];
