// Vitest for the fault-injection run: every page's cells, with the fault named by FAULT (see faults.ts) injected.
import {resolve} from "node:path";
import {defineConfig, type Plugin} from "vitest/config";
import {faults, injectFault} from "./faults.js";

const root = resolve(import.meta.dirname, "../..");

/** Rewrites the faulted routines' files as Vite loads them (nothing on disk changes). */
function faultPlugin(name: string | undefined): Plugin {
  const fault = faults.find((f) => f.name === name);
  if (name && !fault)
    throw new Error(`FAULT=${name}: no such fault (${faults.map((f) => f.name).join(", ")})`);
  return {
    name: "inject-fault",
    enforce: "pre",
    transform(code, id) {
      const file = id.split("?")[0]!;
      let out = code;
      for (const t of fault?.targets ?? [])
        if (file === resolve(root, t.file)) out = injectFault(out, t);
      return out === code ? null : {code: out, map: null};
    }
  };
}

export default defineConfig({
  root,
  plugins: [faultPlugin(process.env.FAULT)],
  test: {
    include: ["test/faults/pages.test.ts"],
    environment: "happy-dom",
    testTimeout: 300_000
  }
});
