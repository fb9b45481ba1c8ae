// The fault definitions stay in step with the library: every target function exists, and the injected
// source still compiles and wraps the routine (a fault that silently did nothing would prove nothing).
import {readFileSync} from "node:fs";
import {join, resolve} from "node:path";
import {transformSync} from "esbuild";
import {describe, expect, it} from "vitest";
import {faults, injectFault} from "./faults.js";

const repoRoot = resolve(import.meta.dirname, "../..");

describe("fault injection", () => {
  for (const fault of faults) {
    for (const target of fault.targets) {
      it(`${fault.name}: wraps ${target.fn} in ${target.file}`, () => {
        const code = injectFault(readFileSync(join(repoRoot, target.file), "utf8"), target);
        expect(code).toContain(`function ${target.fn}__pristine`);
        expect(code).toMatch(new RegExp(`export function ${target.fn}\\(\\.\\.\\.args`));
        expect(() => transformSync(code, {loader: "ts", format: "esm"})).not.toThrow();
      });
    }
  }
  it("refuses a target that is not there", () => {
    expect(() => injectFault("export function a() {}", {file: "x.ts", fn: "b", body: ""})).toThrow(
      /no "export function b"/
    );
  });
});
