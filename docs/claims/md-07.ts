// Derivations, section 7 (the source's NumPy/SciPy script and the three conclusions it draws).
import type {Claim} from "./types.js";

export const claims: Claim[] = [
  {
    id: "MD-7.1",
    claim:
      "The truncated SVD A_k is the best rank-k approximation (Eckart–Young 'in action' on a " +
      "rank-10 signal plus noise).",
    verdict: "true",
    reason: "Eckart–Young–Mirsky: no rank-k matrix is closer to A in the Frobenius norm.",
    decidedBy:
      "‖A − A_k‖_F against the planted signal U_t S_t V_tᵀ (k = 10) and against the best fit on " +
      "a row space nudged 1e-3 off V_k, every k."
  },
  {
    id: "MD-7.2",
    claim: "The rank-k error ‖A − A_k‖_F equals √(Σ_{i>k} σᵢ²) to machine precision.",
    verdict: "true",
    reason: "A − A_k = Σ_{i>k} σᵢuᵢvᵢᵀ, whose squared Frobenius norm is the tail sum of σᵢ².",
    decidedBy:
      "the explicit ‖A − A_k‖_F (matmul, Frobenius) against the tail sum of σᵢ²; both against " +
      "NumPy's fixture to 1e-12."
  },
  {
    id: "MD-7.3",
    claim: "The script's normal-equation and QR errors show κ(AᵀA) = κ(A)² (it prints both κ's).",
    verdict: "true",
    reason: "κ(A) ≈ 1.58 and κ(AᵀA) ≈ 2.5 = 1.58²: the squaring holds, it is just harmless here.",
    decidedBy:
      "λ_max/λ_min of AᵀA by eigh against (σ₁/σₙ)² from svd of A; κ(A), κ(AᵀA) against NumPy's " +
      "at seeds 42, 7, 2024."
  },
  {
    id: "MD-7.4",
    claim:
      "In the script QR is one to two orders of magnitude more accurate than the normal " +
      "equations.",
    verdict: "false",
    reason:
      "κ(A) ≈ 1.6: both errors are 4.25e-02 and agree to 1e-12 relative; both measure the " +
      "noise, not the solvers.",
    decidedBy:
      "the two errors against each other (rtol 1e-12), and each solver against the SVD " +
      "least-squares solution (< 1e-13)."
  },
  {
    id: "MD-7.5",
    claim: "The script's error ‖x − x_true‖ measures the numerical stability of the solver.",
    verdict: "imprecise",
    reason:
      "x_LS − x_true = A⁺(0.1e), the statistical error of the noisy fit; no solver can remove " +
      "it, so the figure says nothing about stability.",
    decidedBy:
      "‖x_QR − x_true‖ against ‖A⁺(b − A x_true)‖ with A⁺ applied by the SVD (lstsq), rtol " +
      "1e-9, at every setting."
  },
  {
    id: "MD-7.6",
    claim: "The analytic gradient of L(w) = ‖Xw − y‖²/(2n) is Xᵀ(Xw − y)/n.",
    verdict: "true",
    reason: "Differentiate the quadratic: ∇L = XᵀXw/n − Xᵀy/n.",
    decidedBy:
      "the analytic gradient against central differences at ε = 1e-2 (no truncation error for a " +
      "quadratic), relative 1e-8."
  },
  {
    id: "MD-7.7",
    claim: "The analytic gradient agrees with central differences to about 1e-9.",
    verdict: "false",
    reason:
      "NumPy prints 1.35e-08 at the script's seed (13×) and 4.3e-09, 8.0e-09 at seeds 7, 2024; " +
      "it is pure round-off ε_mach·L/ε.",
    decidedBy:
      "the printed figure at seeds 42, 7, 2024 (each > 3e-9), and each within ⅓…3× of the " +
      "round-off estimate ε_mach·L/ε from NumPy's L."
  },
  {
    id: "MD-7.8",
    claim: "A central difference with ε = 1e-7 is a sound step for the gradient check.",
    verdict: "imprecise",
    reason:
      "For this quadratic loss there is no truncation error, so larger ε is strictly better; ε " +
      "= 1e-7 only sets the round-off level.",
    decidedBy:
      "the step-size sweep: the error at ε = 1e-2 is more than 100× below the error at 1e-7."
  }
];
