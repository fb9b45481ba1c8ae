// What crosses between a page and its background worker. postMessage copies values by structured
// clone, which keeps arrays, plain objects and typed arrays but drops class prototypes: a Matrix
// would arrive as a bare {rows, cols, data} and a ShapeError as a plain Error. Matrices are tagged
// on the way out and rebuilt on the way in; errors travel as {name, message, fields} and come back
// as the library's own error classes, so `e instanceof LinAlgError` still works on the page.
import * as errors from "../linalg/errors.js";
import {Matrix} from "../linalg/matrix.js";

const TAG = "__offloadMatrix";

interface TaggedMatrix {
  [TAG]: true;
  rows: number;
  cols: number;
  data: Float64Array;
}

function isPlainObject(x: unknown): x is Record<string, unknown> {
  if (x === null || typeof x !== "object") return false;
  const proto = Object.getPrototypeOf(x);
  return proto === Object.prototype || proto === null;
}

/** A copy of `value` in which every Matrix (in arrays and plain objects, any depth) is tagged. */
export function encode(value: unknown): unknown {
  if (value instanceof Matrix) {
    const tagged: TaggedMatrix = {
      [TAG]: true,
      rows: value.rows,
      cols: value.cols,
      data: value.data
    };
    return tagged;
  }
  if (Array.isArray(value)) return value.map(encode);
  if (isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = encode(v);
    return out;
  }
  return value;
}

/** The inverse of `encode`: tagged matrices become Matrix values again. */
export function decode(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decode);
  if (isPlainObject(value)) {
    if (value[TAG] === true) {
      const {rows, cols, data} = value as unknown as TaggedMatrix;
      return new Matrix(rows, cols, data);
    }
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = decode(v);
    return out;
  }
  return value;
}

/** An error as it crosses: its class name, message, and own fields (pivot, row, …). */
export interface EncodedError {
  name: string;
  message: string;
  fields: Record<string, unknown>;
}

export function encodeError(error: unknown): EncodedError {
  if (!(error instanceof Error)) return {name: "Error", message: String(error), fields: {}};
  const fields: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(error)) {
    if (k !== "name" && k !== "message" && k !== "stack") fields[k] = encode(v);
  }
  return {name: error.name, message: error.message, fields};
}

const classes: Record<string, {prototype: Error}> = {
  ...errors,
  RangeError,
  TypeError
};

/** The error again, with the library's class when it was one of the library's errors. */
export function decodeError({name, message, fields}: EncodedError): Error {
  const error = new Error(message);
  const cls = Object.hasOwn(classes, name) ? classes[name] : undefined;
  if (cls) Object.setPrototypeOf(error, cls.prototype);
  Object.defineProperty(error, "name", {value: name, configurable: true, writable: true});
  return Object.assign(error, decode(fields));
}
