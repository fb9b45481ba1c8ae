// Ledger: Deep Dive section 7, "Condition number — why training breaks" (page docs/deep-dive/07-condition-number.md).
import type {Claim} from "./types.js";

export const claims: Claim[] = [
  {
    id: "DD-7.1",
    claim: "For a square invertible A, κ(A) = ‖A‖·‖A⁻¹‖; in the 2-norm this is σmax/σmin, and κ ≥ 1.",
    verdict: "true",
    reason: "‖A‖₂ = σ₁ and ‖A⁻¹‖₂ = 1/σₙ; κ = ‖A‖‖A⁻¹‖ ≥ ‖AA⁻¹‖ = 1 for any induced norm.",
    decidedBy: "norm(A, 2)·norm(inv(A), 2) against √(λmax/λmin) of AᵀA from eigh, on matrices of known κ and several seeds."
  },
  {
    id: "DD-7.2",
    claim: "When solving Ax = b, perturbations of b are amplified by κ(A).",
    verdict: "imprecise",
    reason: "κ bounds the amplification of the relative error, ‖δx‖/‖x‖ ≤ κ‖δb‖/‖b‖; it is reached only for the worst pair of directions and random perturbations fall well short.",
    decidedBy: "measured relative amplification of random δb (median) and of the worst-case pair (from the SVD directions) against κ over κ = 1 … 10¹²."
  },
  {
    id: "DD-7.3",
    claim: "A large condition number means ill-conditioned, which means numerically unstable.",
    verdict: "imprecise",
    reason: "Conditioning belongs to the problem, stability to the algorithm: LU with partial pivoting on κ = 10¹⁰ is backward stable (residual at round-off) even though the forward error is large.",
    decidedBy: "relative residual ‖b − Ax̂‖/(‖A‖‖x̂‖) of solve at κ = 10¹⁰ (near ε) against the forward error (near κε), and digits kept against 16 − log₁₀κ."
  },
  {
    id: "DD-7.4",
    claim: "The Hessian's condition number controls the convergence rate of gradient descent; bad conditioning makes it slow.",
    verdict: "true",
    reason: "On a quadratic the error is multiplied by I − ηH each step; the spectral radius is a function of κ, and the step count to reach ε grows like κ ln(1/ε).",
    decidedBy: "steps counted by running GD to 10⁻⁶ against κ ln(1/ε) (η = 1/L) and (κ/2) ln(1/ε) (optimal η) at κ = 10, 100, 1000."
  },
  {
    id: "DD-7.5",
    claim: "On a convex quadratic with Hessian H, GD with the optimal fixed step η = 2/(L + μ) contracts the error by (κ − 1)/(κ + 1) per step.",
    verdict: "true",
    reason: "The eigenvalues of I − ηH are 1 − ηλᵢ; the optimal η balances the extremes at ±(κ − 1)/(κ + 1).",
    decidedBy: "the rate measured from the iterates (‖e_{k+1}‖/‖e_k‖ late in the run) on rotated random Hessians against the closed form (κ − 1)/(κ + 1)."
  },
  {
    id: "DD-7.6",
    claim: "With the simpler step η = 1/L the contraction per step is 1 − 1/κ.",
    verdict: "true",
    reason: "The slowest mode is the smallest eigenvalue: |1 − μ/L| = 1 − 1/κ.",
    decidedBy: "the measured late-run ratio of error norms on rotated random Hessians against 1 − 1/κ."
  },
  {
    id: "DD-7.7",
    claim: "Adam and RMSprop approximate a per-parameter rescaling and so implicitly handle bad conditioning.",
    verdict: "imprecise",
    reason: "A diagonal rescaling cures only ill-conditioning aligned with the coordinate axes; the same Hessian rotated 45° keeps its κ.",
    decidedBy: "cond(D^{-1/2}HD^{-1/2}) against the closed forms 1 (axis-aligned) and κ (rotated 45°), and never above cond(H) at any angle of the slider."
  },
  {
    id: "DD-7.8",
    claim: "Normalisation layers (BatchNorm, LayerNorm) lower the condition number seen by the next layer, one explanation for why they speed up training.",
    verdict: "conditional",
    reason: "Centring and scaling units removes ill-conditioning due to offsets and unequal scales, but leaves correlations between units untouched.",
    condition: "the ill-conditioning comes from the units' means and scales, not from correlations between them",
    decidedBy: "κ of the activations' second-moment matrix before and after standardising, for ReLU units with unequal scales (falls) and for strongly correlated equal-scale units (unchanged)."
  },
  {
    id: "DD-7.9",
    claim: "Standardising features (subtract the mean, divide by the standard deviation) improves conditioning.",
    verdict: "conditional",
    reason: "It removes offsets and unit mismatches; it cannot undo near-collinearity of features.",
    condition: "the ill-conditioning comes from offsets or scales, not from nearly collinear features",
    decidedBy: "κ(XᵀX) raw against standardised over a sweep of feature scales, and the same for two nearly collinear features of equal scale."
  },
  {
    id: "DD-7.10",
    claim: "Whitening the data goes further: the whitened data have identity covariance and κ = 1.",
    verdict: "true",
    reason: "X_c Σ^{-1/2} has covariance Σ^{-1/2}ΣΣ^{-1/2} = I (Σ must be invertible).",
    decidedBy: "covariance of the whitened data against I, and cond of its Gram matrix (SVD route) against 1."
  },
  {
    id: "DD-7.11",
    claim: "Adding λ to the diagonal (A + λI, as ridge does) lifts the small eigenvalues and lowers κ.",
    verdict: "conditional",
    reason: "For symmetric PSD A, κ(A + λI) = (λmax + λ)/(λmin + λ) falls with λ; for an indefinite A a shift can make it singular.",
    condition: "A symmetric positive semidefinite (such as XᵀX)",
    decidedBy: "λmax/λmin of XᵀX + λI (eigvalsh) against (σ₁² + λ)/(σₙ² + λ) from the SVD of X over 25 values of λ, and κ(diag(2, −1) + 0.9I) = 29 > 2."
  }
];
