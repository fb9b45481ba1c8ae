// The URL hash that carries edited cells: encode/decode round-trips, other hash parts survive.
import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {
  decodeEdits,
  editsParam,
  encodeEdits,
  withEditsParam
} from "../../docs/components/editor/hash.js";

const cellId = fc.stringMatching(/^[0-9a-f]{8}(-[1-9])?$/);

describe("edits in the URL hash", () => {
  it("round-trips any edits: unicode, quotes, newlines, `</script>`, empty sources", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(cellId, fc.string({unit: "binary", maxLength: 400}), {maxKeys: 6}),
        async (edits) => {
          const value = await encodeEdits(edits);
          expect(value).toMatch(/^1\.[A-Za-z0-9_-]*$/); // URL-safe: no escaping needed in a hash
          expect(await decodeEdits(value)).toEqual(edits);
        }
      ),
      {numRuns: 60}
    );
  });

  it("round-trips a realistic edit through a full location hash, next to a section anchor", async () => {
    const edits = {
      "3f1c2a9b":
        'const k = view(Inputs.range([0, 30], {label: "rank k", step: 1, value: 7}));\n// σ₁ ≥ σ₂ ≥ … ‖A − A_k‖'
    };
    const hash = withEditsParam("#eckart-young", await encodeEdits(edits));
    expect(hash.startsWith("#eckart-young&edits=1.")).toBe(true);
    expect(await decodeEdits(editsParam(hash)!)).toEqual(edits);
    expect(withEditsParam(hash, null)).toBe("#eckart-young");
    expect(withEditsParam(withEditsParam(hash, "1.x"), null)).toBe("#eckart-young");
  });

  it("compresses long cells", async () => {
    const source = Array.from(
      {length: 40},
      (_, i) => `display(check("row ${i}", table[${i}].spectral, table[${i}].sigmaNext));`
    ).join("\n");
    const value = await encodeEdits({abcdef12: source});
    expect(value.length).toBeLessThan(source.length / 3);
  });

  it("reads no edits from a hash without them, and rejects a foreign encoding", async () => {
    expect(editsParam("")).toBeNull();
    expect(editsParam("#section")).toBeNull();
    await expect(decodeEdits("2.abc")).rejects.toThrow(/unknown encoding version "2"/);
    await expect(
      decodeEdits(`1.${Buffer.from("not deflate").toString("base64url")}`)
    ).rejects.toThrow();
  });
});
