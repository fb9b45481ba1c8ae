// Ledger: Deep Dive §2, eigendecomposition (page docs/deep-dive/02-eigendecomposition.md).
import type {Claim} from "./types.js";

export const claims: Claim[] = [
  {
    id: "DD-2.1",
    claim: "For square A, Av = λv with v ≠ 0 defines an eigenvalue λ and a (right) eigenvector v.",
    verdict: "true",
    reason: "Definition; eig's pairs satisfy it to round-off.",
    decidedBy: "‖Av − λv‖ for each pair returned by eig, relative to ‖A‖, on seeded matrices."
  },
  {
    id: "DD-2.2",
    claim: "The eigenvalues are the roots of the characteristic polynomial det(A − λI).",
    verdict: "true",
    reason: "Av = λv with v ≠ 0 iff A − λI is singular.",
    decidedBy: "det(A − λI) by LU vanishes at eigh's eigenvalues; for 2×2 matrices the " +
      "quadratic-formula roots of λ² − tr(A)λ + det A against eig."
  },
  {
    id: "DD-2.3",
    claim: "With n linearly independent eigenvectors, A = PΛP⁻¹ with Λ the diagonal of " +
      "eigenvalues.",
    verdict: "true",
    reason: "AP = PΛ and P is invertible; the shear shows the hypothesis is needed.",
    decidedBy: "eig recovers the eigenvalues a matrix was built with, and PΛP⁻¹ from eig's own P " +
      "rebuilds A; the shear's two returned eigenvectors are parallel (κ(P) > 10¹⁰)."
  },
  {
    id: "DD-2.4",
    claim: "A real symmetric matrix has only real eigenvalues.",
    verdict: "true",
    reason: "Spectral theorem.",
    decidedBy: "The general (non-symmetric) solver eig returns zero imaginary parts on 20 seeded " +
      "symmetric matrices, while the 90° rotation gets ±i."
  },
  {
    id: "DD-2.5",
    claim: "For symmetric A, eigenvectors of distinct eigenvalues are orthogonal.",
    verdict: "true",
    reason: "λᵢvᵢᵀvⱼ = vᵢᵀAvⱼ = λⱼvᵢᵀvⱼ forces vᵢᵀvⱼ = 0 when λᵢ ≠ λⱼ.",
    decidedBy: "eig (which does not impose orthogonality) returns mutually orthogonal unit " +
      "eigenvectors on 20 seeded symmetric matrices, and visibly non-orthogonal ones on a " +
      "non-symmetric matrix."
  },
  {
    id: "DD-2.6",
    claim: "A symmetric A is always diagonalizable as QΛQᵀ with Q orthogonal (the spectral " +
      "theorem).",
    verdict: "true",
    reason: "Holds even with repeated eigenvalues, where eig's vectors alone need not be " +
      "orthogonal.",
    decidedBy: "eigh's Q is orthonormal and QΛQᵀ rebuilds A, including a matrix with a triple " +
      "eigenvalue."
  },
  {
    id: "DD-2.7",
    claim: "PCA relies on the spectral theorem because a covariance matrix is symmetric.",
    verdict: "true",
    reason: "The covariance has an orthonormal eigenbasis (principal directions) with real " +
      "variances.",
    decidedBy: "Principal directions from eigh of the covariance against the right singular " +
      "vectors of the centred data (|cos| = 1), and eigenvalues against σᵢ²/(n − 1)."
  },
  {
    id: "DD-2.8",
    claim: "A^k = PΛ^kP⁻¹, so the k-th power raises each eigenvalue to the k-th power.",
    verdict: "true",
    reason: "The inner P⁻¹P factors cancel.",
    decidedBy: "Repeated multiplication against PΛ^kP⁻¹ for k = 1…8; eigenvalues of A^k (eig) " +
      "against λᵢ^k."
  },
  {
    id: "DD-2.9",
    claim: "Repeated multiplication by A converges or explodes according to the spectral radius " +
      "ρ(A).",
    verdict: "imprecise",
    reason: "ρ decides only the long run; a non-normal A with ρ < 1 can grow for many steps first.",
    decidedBy: "The per-step growth of ‖A^kx‖ tends to ρ; at ρ = 0.95 a non-normal A first grows " +
      "‖A^kx‖ above ‖x‖, while a symmetric A has ‖A^k‖₂ = ρ^k exactly."
  },
  {
    id: "DD-2.10",
    claim: "For symmetric A = QΛQᵀ and analytic f, f(A) = Q f(Λ) Qᵀ.",
    verdict: "true",
    reason: "True, with more hypothesis than needed: any f defined at the eigenvalues will do (√ " +
      "on PSD).",
    decidedBy: "exp(A) from the eigenbasis against the Taylor series summed by repeated " +
      "multiplication; √A from the eigenbasis squares back to A; 1/λ gives the LU inverse."
  }
];
