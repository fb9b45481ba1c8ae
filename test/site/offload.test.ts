// The offload API where there is no Worker (as in the cells test): the function runs inline through
// the same copies the worker makes, so matrices and the library's errors come back as themselves.
import {describe, expect, it} from "vitest";
import {offload} from "../../docs/components/offload.js";
import {decode, decodeError, encode, encodeError} from "../../src/site/offload-codec.js";
import {Matrix, NotPositiveDefiniteError, LinAlgError, svd} from "../../src/linalg/index.js";

describe("offload codec", () => {
  it("rebuilds matrices at any depth after a structured clone", () => {
    const A = Matrix.from([
      [1, 2],
      [3, 4]
    ]);
    const value = {a: A, list: [A, {b: A}], v: new Float64Array([1, 2]), n: 3};
    const back = decode(structuredClone(encode(value))) as typeof value;
    expect(back.a).toBeInstanceOf(Matrix);
    expect((back.list[1] as {b: Matrix}).b).toBeInstanceOf(Matrix);
    expect(back.a.toArray()).toEqual(A.toArray());
    expect(back.v).toEqual(new Float64Array([1, 2]));
    expect(back.a.data).not.toBe(A.data); // a copy, as postMessage makes
  });

  it("brings the library's errors back with their class and fields", () => {
    const error = decodeError(structuredClone(encodeError(new NotPositiveDefiniteError(2, -0.5))));
    expect(error).toBeInstanceOf(NotPositiveDefiniteError);
    expect(error).toBeInstanceOf(LinAlgError);
    expect(error.name).toBe("NotPositiveDefiniteError");
    expect((error as NotPositiveDefiniteError).pivot).toBe(2);
    expect(decodeError(encodeError(new RangeError("r")))).toBeInstanceOf(RangeError);
    expect(decodeError(encodeError("plain")).message).toBe("plain");
  });
});

describe("offload without a Worker", () => {
  it("returns what the function returns, matrices included", async () => {
    const A = Matrix.from([
      [3, 1],
      [1, 2],
      [0, 1]
    ]);
    const f = await offload("linalg", "svd", [A]);
    expect(f.U).toBeInstanceOf(Matrix);
    expect(Array.from(f.s)).toEqual(Array.from(svd(A).s));
  });

  it("rejects with the function's own error class", async () => {
    const notPD = Matrix.from([
      [1, 2],
      [2, 1]
    ]);
    await expect(offload("linalg", "cholesky", [notPD])).rejects.toBeInstanceOf(
      NotPositiveDefiniteError
    );
  });

  it("refuses a name outside the registry in words", async () => {
    const call = offload("linalg", "noSuchFunction" as "svd", [Matrix.from([[1]])]);
    await expect(call).rejects.toThrow(/linalg\.noSuchFunction is not a function/);
  });
});
