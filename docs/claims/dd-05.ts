// Ledger: Deep Dive §5, matrix calculus (page docs/deep-dive/05-matrix-calculus.md).
import type {Claim} from "./types.js";

export const claims: Claim[] = [
  {
    id: "DD-5.1",
    claim: "∇ₓ(aᵀx) = a.",
    verdict: "true",
    reason: "∂/∂xᵢ Σⱼ aⱼxⱼ = aᵢ.",
    decidedBy: "Central finite differences against a, relative error below 1e-8."
  },
  {
    id: "DD-5.2",
    claim: "∇ₓ(xᵀAx) = (A + Aᵀ)x.",
    verdict: "true",
    reason: "Only the symmetric part of A enters the form.",
    decidedBy: "Finite differences against (A + Aᵀ)x on a non-symmetric A; 2Ax misses by > 10%."
  },
  {
    id: "DD-5.3",
    claim: "For symmetric A, ∇ₓ(xᵀAx) = 2Ax.",
    verdict: "true",
    reason: "A + Aᵀ = 2A.",
    decidedBy: "Finite differences against 2Ax on a symmetric A."
  },
  {
    id: "DD-5.4",
    claim: "The Jacobian of f: Rⁿ → Rᵐ is m×n, and for y = Ax it is A.",
    verdict: "imprecise",
    reason: "True in numerator layout, but the same list writes gradients in denominator layout " +
      "(∇(aᵀx) = a, a column) without saying the conventions differ: for scalar f, J = (∇f)ᵀ.",
    decidedBy: "Finite-difference Jacobian of x ↦ Wx (3×5) against W; for a scalar f it is 1×n " +
      "and equals the gradient transposed."
  },
  {
    id: "DD-5.5",
    claim: "∂tr(AX)/∂X = Aᵀ.",
    verdict: "true",
    reason: "tr(AX) = Σᵢⱼ AⱼᵢXᵢⱼ.",
    decidedBy: "Entrywise finite differences against Aᵀ (and not A) on a non-symmetric A."
  },
  {
    id: "DD-5.6",
    claim: "∂log det X/∂X = X⁻ᵀ.",
    verdict: "conditional",
    reason: "Jacobi's formula; log det X is defined only for det X > 0, log|det X| has the same " +
      "gradient.",
    condition: "det X > 0, or read the formula for log|det X|.",
    decidedBy: "Finite differences of slogdet against the transposed LU inverse, for det X > 0 " +
      "and det X < 0 (where log det X is NaN); X⁻¹ misses for non-symmetric X."
  },
  {
    id: "DD-5.7",
    claim: "Chain rule: J_{f∘g}(x) = J_f(g(x)) · J_g(x).",
    verdict: "true",
    reason: "Composition of linearisations.",
    decidedBy: "Finite-difference Jacobian of the composition against the product of the layer " +
      "Jacobians and the closed form B·diag(1 − tanh²(Ax))·A."
  },
  {
    id: "DD-5.8",
    claim: "For L(w) = ‖Xw − y‖², ∇L = 2Xᵀ(Xw − y).",
    verdict: "true",
    reason: "Expand and apply the linear and quadratic rules.",
    decidedBy: "Finite differences against the closed form at a random w (a missing transpose " +
      "would not even have the right shape)."
  },
  {
    id: "DD-5.9",
    claim: "Setting ∇L = 0 gives ŵ = (XᵀX)⁻¹Xᵀy when XᵀX is invertible.",
    verdict: "true",
    reason: "The normal equations; the condition is stated.",
    decidedBy: "The normal-equation solution against lstsq (Householder QR) and a zero numerical " +
      "gradient."
  },
  {
    id: "DD-5.10",
    claim: "The OLS Hessian 2XᵀX is always PSD, and PD if X has full column rank.",
    verdict: "true",
    reason: "vᵀXᵀXv = ‖Xv‖².",
    decidedBy: "Numerical Hessian against 2XᵀX; λmin > 0 for full column rank and ≈ 0 with a " +
      "duplicated feature."
  }
];
