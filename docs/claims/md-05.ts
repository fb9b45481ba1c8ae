// Ledger: Derivations section 5 (matrix calculus) → docs/derivations/05-matrix-calculus.md.
import type {Claim} from "./types.js";

export const claims: Claim[] = [
  {
    id: "MD-5.1",
    claim:
      "'We use numerator layout: the derivative has the shape of the output, so a scalar's  " +
      "gradient is a column like the input.'",
    verdict: "false",
    reason:
      "In numerator layout ∂f/∂x of a scalar is a 1×n row; 'gradient shaped like the  " +
      "input' is the denominator (gradient) convention — the sentence contradicts itself.",
    decidedBy:
      "The numerator-layout Jacobian of a scalar map, by finite differences, is 1×n; ∇f " +
      "on the page is an n-vector, equal to its transpose."
  },
  {
    id: "MD-5.2",
    claim: "∇(aᵀx) = a.",
    verdict: "true",
    reason: "Linear function.",
    decidedBy: "Central differences against a, over several seeds."
  },
  {
    id: "MD-5.3",
    claim: "∇(xᵀAx) = (A + Aᵀ)x, which is 2Ax when A is symmetric (proof by the index sum).",
    verdict: "true",
    reason: "∂/∂x_k picks row k and column k.",
    decidedBy:
      "Central differences against (A + Aᵀ)x for non-symmetric A, over several seeds;  " +
      "2Ax misses by O(1) there and matches for symmetric A."
  },
  {
    id: "MD-5.4",
    claim: "∇‖Ax − b‖² = 2Aᵀ(Ax − b) (from ½‖·‖² by the chain rule).",
    verdict: "true",
    reason: "Chain rule through the residual.",
    decidedBy: "Central differences against 2Aᵀ(Ax − b) on five seeds."
  },
  {
    id: "MD-5.5",
    claim: "∇ ln det X = X^{−ᵀ}.",
    verdict: "conditional",
    reason:
      "ln det X is defined only where det X > 0; ln|det X| has gradient X^{−ᵀ} on all  " +
      "invertible X.",
    condition: "det X > 0 (or read it as ln|det X|).",
    decidedBy:
      "Finite differences of slogdet's log|det| against inv(X)ᵀ at a det > 0 and a det  " +
      "< 0 point; ln det is NaN at the latter."
  },
  {
    id: "MD-5.6",
    claim: "The least-squares optimum solves the normal equations AᵀAx = Aᵀb.",
    verdict: "true",
    reason: "The gradient 2Aᵀ(Ax − b) vanishes at a minimiser.",
    decidedBy:
      "Aᵀ(Ax − b) = 0 at lstsq's (QR) solution; Cholesky on AᵀA plus two triangular " +
      "solves gives the same x."
  },
  {
    id: "MD-5.7",
    claim: "Chain rule: for L = f∘g with g: ℝⁿ → ℝᵐ, ∇ₓL = J_gᵀ ∇_g f with J_g the m×n Jacobian.",
    verdict: "true",
    reason: "Multivariate chain rule in gradient form.",
    decidedBy:
      "Hand-derived J_g against the finite-difference Jacobian; J_gᵀ∇f against  " +
      "differences of f∘g."
  },
  {
    id: "MD-5.8",
    claim: "One layer z = Wx + b, a = σ(z): δ = ∂L/∂a ⊙ σ'(z), ∂L/∂W = δxᵀ, ∂L/∂b = δ.",
    verdict: "true",
    reason: "The Jacobian of an elementwise σ is diagonal; ∂zᵢ/∂Wᵢⱼ = xⱼ.",
    decidedBy:
      "layerBackward against finite differences of the loss in W and in b, at every  " +
      "slider width."
  },
  {
    id: "MD-5.9",
    claim: "Autograd is (6) run over a computation graph (reverse mode).",
    verdict: "true",
    reason:
      "Reverse mode composes vector–Jacobian products from the loss backwards; it never  " +
      "forms J.",
    decidedBy:
      "A two-layer network's gradient by chaining the layers' vector–Jacobian products  " +
      "against finite differences of the whole loss."
  },
  {
    id: "MD-5.10",
    claim: "The central difference (f(x + εeᵢ) − f(x − εeᵢ))/2ε estimates ∂f/∂xᵢ.",
    verdict: "true",
    reason: "Truncation error ε²f‴/6, round-off ~ε_mach|f|/ε.",
    decidedBy:
      "Measured error slopes ≈ 2 (truncation) and ≈ −1 (round-off) in the ε sweep; best " +
      "step within 10× of ∛ε_mach."
  },
  {
    id: "MD-5.11",
    claim: "Expect relative error ≈ 10⁻⁶ against the analytic gradient at ε = 10⁻⁵.",
    verdict: "imprecise",
    reason:
      "For a smooth O(1) function the central difference at 10⁻⁵ is near 10⁻¹¹; 10⁻⁶ is  " +
      "what a forward difference gives — a tolerance, not the expected value.",
    decidedBy:
      "Central relative error at ε = 1e-5 < 1e-8 while the forward difference's lies in " +
      "(1e-7, 1e-4), at every slider point."
  },
  {
    id: "MD-5.12",
    claim: "'The code in section 7 does exactly this.'",
    verdict: "imprecise",
    reason:
      "The script uses ε = 10⁻⁷, not 10⁻⁵, and prints the absolute ‖analytic − numeric‖,  " +
      "not a relative error.",
    decidedBy:
      "The script replayed at ε = 1e-7 matches NumPy's printed 1.35e-08 as an absolute " +
      "error; its relative error is smaller by ‖∇f‖ > 2; ε = 1e-5 prints a different figure."
  }
];
