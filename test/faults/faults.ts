// Fault injection: subtly wrong versions of library routines, made by rewriting one exported function's source at load time.
// `npm run test:faults` re-runs every page's cells once per fault and reports which checks caught it (test/faults/run.ts).

/**
 * One routine to corrupt: the function `fn` exported from `file` is wrapped; `body` sees `pristine`, `args`
 * and `hit`, which it calls whenever the fault changes what the routine returns (so a page counts as
 * calling the faulted routine only when the fault had an effect there).
 */
export interface FaultTarget {
  /** Path under the repository, e.g. "src/linalg/svd.ts". */
  file: string;
  fn: string;
  /** TypeScript statements: the wrapper's body; `pristine(...args)` calls the real routine. */
  body: string;
}

export interface Fault {
  name: string;
  /** What is wrong, in words, for the report. */
  what: string;
  targets: FaultTarget[];
}

export const faults: Fault[] = [
  {
    name: "svd-sigma",
    what: "singular values perturbed by 1e-6 relative (alternating signs), U and V untouched",
    targets: [
      {
        file: "src/linalg/svd.ts",
        fn: "svd",
        body: `hit();
  const r = pristine(...args);
  r.s.forEach((v: number, i: number) => (r.s[i] = v * (1 + (i % 2 ? -1e-6 : 1e-6))));
  return r;`
      }
    ]
  },
  {
    name: "householder-sign",
    what: "one Householder reflector's sign flipped: R's first row negated while Q is kept",
    targets: [
      {
        file: "src/linalg/qr.ts",
        fn: "householderQR",
        body: `hit();
  const f = pristine(...args);
  for (let j = 0; j < f.n; j++) f.qr[j * f.m] = -f.qr[j * f.m];
  return f;`
      }
    ]
  },
  {
    name: "cholesky-pivot",
    what: "the last Cholesky pivot off by 1e-8 relative",
    targets: [
      {
        file: "src/linalg/cholesky.ts",
        fn: "cholesky",
        body: `hit();
  const L = pristine(...args);
  const n = L.rows;
  if (n > 0) L.data[n * n - 1] *= 1 + 1e-8;
  return L;`
      }
    ]
  },
  {
    name: "gradient-transpose",
    what: "a matrix gradient missing its transpose (finite-difference ∂f/∂X and a layer's ∂L/∂W come back transposed)",
    targets: [
      {
        file: "src/calculus/gradient.ts",
        fn: "numericalGradientMatrix",
        body: `hit();
  return pristine(...args).T;`
      },
      {
        file: "src/experiments/gradients.ts",
        fn: "layerBackward",
        body: `hit();
  const r = pristine(...args);
  return {...r, dW: r.dW.T};`
      }
    ]
  },
  {
    name: "pinv-cutoff",
    what: "the pseudo-inverse's relative cutoff 100× too large",
    targets: [
      {
        file: "src/linalg/pinv.ts",
        fn: "pinv",
        body: `hit();
  const [a, opts = {}] = args;
  return pristine(a, {...opts, rcond: (opts.rcond ?? 1e-15) * 100});`
      }
    ]
  },
  {
    name: "norm-1-inf-swapped",
    what: "norm(A, 1) and norm(A, Infinity) swapped for matrices",
    targets: [
      {
        file: "src/linalg/norms.ts",
        fn: "norm",
        body: `const [x, ord] = args;
  if (!isMatrix(x) || (ord !== 1 && ord !== Infinity)) return pristine(...args);
  hit();
  return pristine(x, ord === 1 ? Infinity : 1);`
      }
    ]
  },
  {
    name: "eigh-values",
    what: "the largest symmetric eigenvalue perturbed by 1e-8 relative (eigh and eigvalsh), eigenvectors untouched",
    targets: [
      {
        file: "src/linalg/eigh.ts",
        fn: "eigh",
        body: `const r = pristine(...args);
  const n = r.values.length;
  if (n > 0) hit(), (r.values[n - 1] *= 1 + 1e-8);
  return r;`
      },
      {
        file: "src/linalg/eigh.ts",
        fn: "eigvalsh",
        body: `const values = pristine(...args);
  const n = values.length;
  if (n > 0) hit(), (values[n - 1] *= 1 + 1e-8);
  return values;`
      }
    ]
  },
  {
    name: "solve-last",
    what: "solve's answer off by 1e-8 relative in its first entry",
    targets: [
      {
        file: "src/linalg/solve.ts",
        fn: "solve",
        body: `const x = pristine(...args);
  const d = "data" in x ? x.data : x;
  if (d.length > 0) hit(), (d[0] *= 1 + 1e-8);
  return x;`
      }
    ]
  }
];

/** Calls in which a fault changed a result, counted by the wrappers (per page, the runner resets it). */
export const callCounter = "__faultCalls";

/**
 * The source of `file` with the target's function renamed to `<fn>__pristine` (every overload signature
 * too) and a wrapper exported under the old name. Throws if the function is not found, so a fault can
 * never silently do nothing.
 */
export function injectFault(code: string, target: FaultTarget): string {
  const declaration = new RegExp(`\\bexport function ${target.fn}\\b`, "g");
  if (!declaration.test(code))
    throw new Error(`fault: no "export function ${target.fn}" in ${target.file}`);
  const renamed = code.replace(declaration, `function ${target.fn}__pristine`);
  return `${renamed}
// ---- injected fault (test/faults) ----
export function ${target.fn}(...args: any[]): any {
  const g = globalThis as any;
  const hit = (): void => void (g.${callCounter} = (g.${callCounter} ?? 0) + 1);
  const pristine = ${target.fn}__pristine as (...a: any[]) => any;
  ${target.body}
}
`;
}
